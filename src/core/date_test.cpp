#include "core/date.hpp"

#include <gtest/gtest.h>

namespace ketnap {
namespace {

using namespace std::chrono;

constexpr Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

TEST(ParseIsoDate, AcceptsCalendarDates) {
  EXPECT_EQ(parse_iso_date("2024-02-29"), ymd(2024, 2, 29));
  EXPECT_EQ(parse_iso_date("2025-12-31"), ymd(2025, 12, 31));
  EXPECT_EQ(parse_iso_date("1900-01-01"), ymd(1900, 1, 1));
}

TEST(ParseIsoDate, RejectsDaysNotOnTheCalendar) {
  EXPECT_EQ(parse_iso_date("2023-02-29"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-04-31"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-13-01"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-00-10"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2025-01-00"), std::nullopt);
}

TEST(ParseIsoDate, RejectsNonStrictForms) {
  EXPECT_EQ(parse_iso_date("2024-1-05"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2024-01-5"), std::nullopt);
  EXPECT_EQ(parse_iso_date("05/01/2024"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2024/01/05"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2024-01-05T00:00"), std::nullopt);
  EXPECT_EQ(parse_iso_date("+024-01-05"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2024-+1-05"), std::nullopt);
  EXPECT_EQ(parse_iso_date(""), std::nullopt);
}

TEST(FormatDate, IsoAndVietnamese) {
  EXPECT_EQ(iso(ymd(2022, 5, 6)), "2022-05-06");
  EXPECT_EQ(vn_date(ymd(2022, 5, 6)), "06/05/2022");
  EXPECT_EQ(iso(*parse_iso_date("1999-12-31")), "1999-12-31");
}

// R-10 / BLDS art.148: same day number, or the last day of a shorter month.
TEST(AddMonths, KeepsTheDayNumber) {
  EXPECT_EQ(add_months(ymd(2022, 2, 24), 12), ymd(2023, 2, 24));
  EXPECT_EQ(add_months(ymd(2025, 11, 15), 3), ymd(2026, 2, 15));
}

TEST(AddMonths, FallsBackToTheLastDayOfTheMonth) {
  EXPECT_EQ(add_months(ymd(2024, 2, 29), 12), ymd(2025, 2, 28));
  EXPECT_EQ(add_months(ymd(2025, 1, 31), 1), ymd(2025, 2, 28));
  EXPECT_EQ(add_months(ymd(2024, 1, 31), 1), ymd(2024, 2, 29));
  EXPECT_EQ(add_months(ymd(2025, 3, 31), 1), ymd(2025, 4, 30));
}

TEST(AddMonths, GoesBackwards) {
  EXPECT_EQ(add_months(ymd(2025, 3, 31), -1), ymd(2025, 2, 28));
  EXPECT_EQ(add_months(ymd(2025, 1, 15), -13), ymd(2023, 12, 15));
}

// E-2: age counted by calendar month only.
TEST(MonthsBetween, CountsCalendarMonths) {
  EXPECT_EQ(months_between(ymd(2007, 3, 20), ymd(2025, 3, 1)), 216);
  EXPECT_EQ(months_between(ymd(2007, 3, 20), ymd(2025, 2, 28)), 215);
  EXPECT_EQ(months_between(ymd(2025, 1, 31), ymd(2025, 2, 1)), 1);
  EXPECT_EQ(months_between(ymd(2025, 5, 1), ymd(2025, 5, 31)), 0);
  EXPECT_EQ(months_between(ymd(2025, 5, 1), ymd(2024, 5, 1)), -12);
}

TEST(TodayInVietnam, IsAValidDate) { EXPECT_TRUE(today_in_vietnam().ok()); }

}  // namespace
}  // namespace ketnap
