#include "core/membership.hpp"

#include <gtest/gtest.h>

namespace ketnap {
namespace {

using namespace std::chrono;

constexpr Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

Membership admitted_on(Date ceremony) {
  Membership m;
  m.decision_on = ymd(2022, 2, 10);
  m.ceremony_on = ceremony;
  return m;
}

// twelve months from the ceremony date.
TEST(ProbationEnd, TwelveMonthsFromTheCeremony) {
  EXPECT_EQ(probation_end(ymd(2022, 2, 24)), ymd(2023, 2, 24));
}

TEST(ProbationEnd, LeapDayEndsOnTheTwentyEighth) {
  EXPECT_EQ(probation_end(ymd(2020, 2, 29)), ymd(2021, 2, 28));
}

TEST(StatusOn, BeforeTheCeremonyIsQuanChung) {
  Membership m = admitted_on(ymd(2022, 2, 24));
  EXPECT_EQ(status_on(m, ymd(2022, 2, 23)), MemberStatus::quan_chung);
}

// probation starts on the ceremony day itself.
TEST(StatusOn, FromTheCeremonyIsDuBi) {
  Membership m = admitted_on(ymd(2022, 2, 24));
  EXPECT_EQ(status_on(m, ymd(2022, 2, 24)), MemberStatus::du_bi);
  EXPECT_EQ(status_on(m, ymd(2023, 6, 1)), MemberStatus::du_bi);  // not yet recognized
}

// official from the recognized date, even if that lies in the past.
TEST(StatusOn, FromOfficialDateIsChinhThuc) {
  Membership m = admitted_on(ymd(2022, 2, 24));
  m.official_on = probation_end(m.ceremony_on);
  EXPECT_EQ(status_on(m, ymd(2023, 2, 23)), MemberStatus::du_bi);
  EXPECT_EQ(status_on(m, ymd(2023, 2, 24)), MemberStatus::chinh_thuc);
  EXPECT_EQ(status_on(m, ymd(2030, 1, 1)), MemberStatus::chinh_thuc);
}

TEST(StatusOn, AfterLeavingIsQuanChung) {
  Membership m = admitted_on(ymd(2022, 2, 24));
  m.official_on = ymd(2023, 2, 24);
  m.left_on = ymd(2025, 7, 1);
  m.left_reason = "Xóa tên";
  EXPECT_EQ(status_on(m, ymd(2025, 6, 30)), MemberStatus::chinh_thuc);
  EXPECT_EQ(status_on(m, ymd(2025, 7, 1)), MemberStatus::quan_chung);
}

// a probationary member removed before recognition.
TEST(StatusOn, RemovedDuringProbationIsQuanChung) {
  Membership m = admitted_on(ymd(2022, 2, 24));
  m.left_on = ymd(2022, 12, 1);
  EXPECT_EQ(status_on(m, ymd(2022, 11, 30)), MemberStatus::du_bi);
  EXPECT_EQ(status_on(m, ymd(2022, 12, 1)), MemberStatus::quan_chung);
}

// T-2: temporary party life elsewhere, inclusive of both ends; open-ended until set.
TEST(TemporaryTransfer, BetweenItsDates) {
  Membership m = admitted_on(ymd(2022, 2, 24));
  EXPECT_FALSE(on_temporary_transfer(m, ymd(2024, 1, 1)));
  m.temporary_from = ymd(2024, 1, 1);
  EXPECT_FALSE(on_temporary_transfer(m, ymd(2023, 12, 31)));
  EXPECT_TRUE(on_temporary_transfer(m, ymd(2024, 1, 1)));
  EXPECT_TRUE(on_temporary_transfer(m, ymd(2030, 1, 1)));
  m.temporary_until = ymd(2024, 6, 30);
  EXPECT_TRUE(on_temporary_transfer(m, ymd(2024, 6, 30)));
  EXPECT_FALSE(on_temporary_transfer(m, ymd(2024, 7, 1)));
}

TEST(MemberStatusCodes, RoundTrip) {
  for (MemberStatus s : {MemberStatus::quan_chung, MemberStatus::du_bi, MemberStatus::chinh_thuc})
    EXPECT_EQ(parse_member_status(code(s)), s);
  EXPECT_EQ(label(MemberStatus::du_bi), "Đảng viên dự bị");
  EXPECT_EQ(parse_member_status("dang_vien"), std::nullopt);
}

}  // namespace
}  // namespace ketnap
