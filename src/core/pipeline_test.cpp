// The pipeline's rules with exact dates. Expected working-day dates were counted by hand
// (and by an independent script) from RULES.md W-1…W-5 and the 2025/2026 schedule.
#include "core/pipeline.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/calendar.hpp"

namespace ketnap {
namespace {

Date day(const char* text) { return *parse_iso_date(text); }

StepRecord at(Step step, Date date) {
  StepRecord r;
  r.step = step;
  r.date = date;
  return r;
}
StepRecord at(Step step, const char* date) { return at(step, day(date)); }

Date fmt_date(int year, const char* month_day) { return day((std::to_string(year) + "-" + month_day).c_str()); }

StepRecord vote(Step step, const char* date, int yes, int members) {
  StepRecord r = at(step, date);
  r.vote = Vote{yes, std::nullopt, members};
  return r;
}

Introducer member(std::string name, int months = 24) {
  return Introducer{std::move(name), IntroducerKind::dang_vien, true, months};
}

class PipelineTest : public ::testing::Test {
 protected:
  PipelineTest() {
    facts.as_of = day("2026-11-23");
    facts.candidate.birth_date = day("1995-05-10");
    facts.candidate.education = Education::thpt;
    facts.org.official_members = 9;
  }

  // A candidate whose file is complete up to the chi bộ meeting, prepared during `year`.
  void file_ready(int year = 2025) {
    auto on = [year](const char* month_day) { return fmt_date(year, month_day); };
    facts.events = {at(Step::nguon, on("01-06")),           at(Step::cam_tinh, on("02-03")),
                    at(Step::phan_cong_giup_do, on("02-03")), at(Step::hoc_nhan_thuc, on("03-14")),
                    at(Step::don_xin_vao_dang, on("04-01")),  at(Step::ly_lich, on("04-05")),
                    at(Step::tham_tra_ly_lich, on("06-20"))};
    StepRecord introduced = at(Step::gioi_thieu, on("07-01"));
    introduced.introducers = {member("Lê Văn Một"), member("Trần Thị Hai")};
    facts.events.push_back(introduced);
    facts.events.push_back(at(Step::nhan_xet, on("07-10")));
  }

  // Admitted after a file prepared in the year before the meeting's, or the same year for a
  // meeting late in the year (R-5 keeps the letters under 12 months old).
  void admitted_on(const char* meeting, const char* decision, const char* ceremony) {
    Date held = day(meeting);
    int year = static_cast<int>(held.year()) - (static_cast<unsigned>(held.month()) >= 8 ? 0 : 1);
    file_ready(year);
    facts.events.push_back(vote(Step::chi_bo_de_nghi, meeting, 8, 9));
    facts.events.push_back(at(Step::quyet_dinh_ket_nap, decision));
    facts.events.push_back(at(Step::le_ket_nap, ceremony));
  }

  Verdict judge() const { return evaluate(facts, builtin_rules(), calendar); }

  std::vector<std::string> rules_broken() const {
    std::vector<std::string> ids;
    for (const Problem& p : judge().problems) ids.push_back(p.rule);
    return ids;
  }

  static std::vector<std::string> only(std::string rule) { return {std::move(rule)}; }

  bool breaks(std::string_view rule) const {
    auto ids = rules_broken();
    return std::ranges::find(ids, rule) != ids.end();
  }

  Facts facts;
  WorkCalendar calendar = default_calendar();
};

TEST_F(PipelineTest, CompleteAdmissionHasNoProblems) {
  admitted_on("2025-12-01", "2026-02-24", "2026-03-02");
  facts.events.push_back(at(Step::lop_dang_vien_moi, "2026-05-15"));
  Verdict v = judge();
  EXPECT_TRUE(v.ok) << (v.problems.empty() ? "" : v.problems[0].message);
  EXPECT_EQ(v.stage, "lop_dang_vien_moi");
  EXPECT_EQ(v.dates.probation_end, day("2027-03-02"));
  ASSERT_EQ(v.next.size(), 1u);
  EXPECT_EQ(v.next[0].step, Step::chi_bo_xet_chinh_thuc);
  EXPECT_EQ(v.next[0].earliest, day("2027-03-02"));
  EXPECT_EQ(v.next[0].due, day("2027-04-13"));  // 30 working days; Giỗ Tổ 16/04/2027 is after
}

// E-2: age counted by month at the chi bộ meeting.
TEST_F(PipelineTest, MeetingInTheMonthBefore18IsRefused) {
  facts.candidate.birth_date = day("2008-06-15");
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2026-05-29", 8, 9));
  EXPECT_EQ(rules_broken(), only("E-2"));
  EXPECT_EQ(judge().dates.age_months, 215);
}

TEST_F(PipelineTest, MeetingInTheMonthOf18IsAllowedByMonth) {
  facts.candidate.birth_date = day("2008-06-15");
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2026-06-01", 8, 9));
  EXPECT_FALSE(breaks("E-2"));
  EXPECT_EQ(judge().dates.age_months, 216);
}

TEST_F(PipelineTest, DayPrecisionWaitsForTheBirthday) {
  facts.candidate.birth_date = day("2008-06-15");
  Settings settings;
  settings.age_precision = AgePrecision::day;
  facts.settings = settings;
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2026-06-14", 8, 9));
  EXPECT_EQ(rules_broken(), only("E-2"));
  facts.events.back().date = day("2026-06-15");
  EXPECT_FALSE(breaks("E-2"));
}

TEST_F(PipelineTest, NextMeetingCannotBeBeforeTheMonthOf18) {
  facts.candidate.birth_date = day("2009-07-20");
  facts.events = {at(Step::nguon, "2026-01-05")};
  Verdict v = judge();
  ASSERT_FALSE(v.next.empty());
  EXPECT_EQ(v.next[0].step, Step::chi_bo_de_nghi);
  EXPECT_EQ(v.next[0].earliest, day("2027-07-01"));
  EXPECT_EQ(v.next[0].rule, "E-2");
}

// E-2a: over 60, written provincial consent before the decision.
TEST_F(PipelineTest, OverSixtyNeedsProvincialConsentBeforeTheDecision) {
  facts.candidate.birth_date = day("1965-01-10");
  admitted_on("2026-02-10", "2026-03-02", "2026-03-09");
  EXPECT_EQ(rules_broken(), only("E-2a"));
  facts.events[facts.events.size() - 2].provincial_consent_on = day("2026-02-27");
  EXPECT_FALSE(breaks("E-2a"));
  EXPECT_FALSE(breaks("E-2"));
}

// E-3: lower-secondary, or primary in hardship areas.
TEST_F(PipelineTest, PrimaryEducationOnlyInHardshipAreas) {
  facts.candidate.education = Education::tieu_hoc;
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 8, 9));
  EXPECT_EQ(rules_broken(), only("E-3"));
  facts.candidate.hardship_area = true;
  EXPECT_FALSE(breaks("E-3"));
}

// E-7: re-admission.
TEST_F(PipelineTest, ReadmissionWaitsThirtySixMonths) {
  facts.candidate.previous_membership = PreviousMembership{day("2022-12-15"), LeavingReason::khai_tru, false, {}};
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-12", 8, 9));
  EXPECT_EQ(rules_broken(), only("E-7"));
  facts.events.back().date = day("2025-12-15");
  EXPECT_FALSE(breaks("E-7"));
}

TEST_F(PipelineTest, QuittingPartyLifeCanNeverBeReadmitted) {
  facts.candidate.previous_membership =
      PreviousMembership{day("2015-01-01"), LeavingReason::tu_bo_sinh_hoat, false, {}};
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 8, 9));
  EXPECT_EQ(rules_broken(), only("E-7"));
}

TEST_F(PipelineTest, ReadmissionOnlyOnce) {
  facts.candidate.previous_membership = PreviousMembership{day("2015-01-01"), LeavingReason::khac, true, {}};
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 8, 9));
  EXPECT_EQ(rules_broken(), only("E-7"));
}

TEST_F(PipelineTest, LessSeriousCrimeWaitsSixtyMonthsAfterExpungement) {
  facts.candidate.previous_membership =
      PreviousMembership{day("2015-01-01"), LeavingReason::toi_it_nghiem_trong, false, day("2021-02-01")};
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 8, 9));
  EXPECT_EQ(rules_broken(), only("E-7"));  // earliest 01/02/2026
}

TEST_F(PipelineTest, ReadmissionDecisionNeedsProvincialConsent) {
  facts.candidate.previous_membership = PreviousMembership{day("2020-01-01"), LeavingReason::khac, false, {}};
  admitted_on("2025-12-01", "2026-02-24", "2026-03-02");
  EXPECT_EQ(rules_broken(), only("E-7"));
}

// P-4a: the certificate is valid 60 months.
TEST_F(PipelineTest, CertificateValidSixtyMonthsToTheDay) {
  file_ready();
  for (std::size_t i : {0u, 1u, 2u}) facts.events[i].date = day("2020-11-02");  // listed, helped
  facts.events[3].date = day("2020-12-01");
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 8, 9));
  EXPECT_FALSE(breaks("P-4a"));
  EXPECT_EQ(judge().dates.certificate_valid_until, day("2025-12-01"));
  facts.events[3].date = day("2020-11-30");
  EXPECT_EQ(rules_broken(), only("P-4a"));
}

// official introducers, 12 months together.
TEST_F(PipelineTest, ProbationaryIntroducerIsRefused) {
  file_ready();
  facts.events[7].introducers[1].official = false;
  EXPECT_EQ(rules_broken(), only("R-1"));
}

TEST_F(PipelineTest, IntroducerWithElevenMonthsTogetherIsRefused) {
  file_ready();
  facts.events[7].introducers[0].months_together = 11;
  EXPECT_EQ(rules_broken(), only("R-1"));
  facts.events[7].introducers[0].months_together = 12;
  EXPECT_FALSE(breaks("R-1"));
}

// where Đoàn exists, a young candidate is introduced by the Đoàn and one member.
TEST_F(PipelineTest, YoungCandidateWhereThereIsDoanNeedsTheDoanRoute) {
  facts.org.has_youth_union = true;
  facts.candidate.birth_date = day("2000-03-01");
  file_ready();
  EXPECT_EQ(rules_broken(), only("R-2"));
  facts.events[7].introducers = {member("Lê Văn Một"), Introducer{"BCH Đoàn cơ sở", IntroducerKind::doan, {}, 24}};
  EXPECT_FALSE(breaks("R-2"));
}

TEST_F(PipelineTest, WithoutDoanTheTradeUnionRouteOrTwoMembers) {
  facts.org.has_youth_union = false;
  facts.org.has_trade_union = true;
  file_ready();
  EXPECT_FALSE(breaks("R-2"));  // two members allowed there [L], as settings say by default
  facts.events[7].introducers = {member("Lê Văn Một"),
                                 Introducer{"BCH Công đoàn cơ sở", IntroducerKind::cong_doan, {}, 24}};
  EXPECT_FALSE(breaks("R-2"));
  facts.events[7].introducers = {member("Lê Văn Một")};
  EXPECT_EQ(rules_broken(), only("R-2"));
}

// 3·yes ≥ 2·N, and at least three official members.
TEST_F(PipelineTest, SixOfNineReachesTwoThirds) {
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 6, 9));
  EXPECT_FALSE(breaks("R-4"));
}

TEST_F(PipelineTest, FiveOfNineFallsShortOfTwoThirds) {
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 5, 9));
  EXPECT_EQ(rules_broken(), only("R-4"));
}

TEST_F(PipelineTest, ChiBoWithTwoOfficialMembersCannotVote) {
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 2, 2));
  EXPECT_EQ(rules_broken(), only("R-4"));
}

// P-11: 2/3 of all committee members.
TEST_F(PipelineTest, CommitteeNeedsTwoThirdsOfAllItsMembers) {
  facts.org.committee_members = 7;
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 8, 9));
  facts.events.push_back(vote(Step::dang_uy_co_so_de_nghi, "2025-12-10", 4, 7));
  EXPECT_EQ(rules_broken(), only("P-11"));
  facts.events.back().vote->yes = 5;
  EXPECT_FALSE(breaks("P-11"));
}

TEST_F(PipelineTest, DecisionUnderACommitteeWaitsForItsResolution) {
  facts.org.committee_members = 7;
  admitted_on("2025-12-01", "2026-01-15", "2026-01-20");
  EXPECT_EQ(rules_broken(), only("P-12"));
}

// P-12: 60 working days from the chi bộ resolution, Tết 2026 inside the window.
TEST_F(PipelineTest, DecisionDeadlineCountsWorkingDaysAcrossTet) {
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2026-01-05", 8, 9));
  Verdict v = judge();
  ASSERT_EQ(v.next.size(), 1u);
  EXPECT_EQ(v.next[0].step, Step::quyet_dinh_ket_nap);
  EXPECT_EQ(v.next[0].due, day("2026-04-06"));
  EXPECT_EQ(v.next[0].due_extended, day("2026-05-21"));
  EXPECT_EQ(v.next[0].rule, "P-12");
  facts.events.push_back(at(Step::quyet_dinh_ket_nap, "2026-04-06"));
  EXPECT_FALSE(breaks("P-12"));
  facts.events.back().date = day("2026-04-07");
  EXPECT_EQ(rules_broken(), only("P-12"));
  facts.events.back().extended = true;
  EXPECT_FALSE(breaks("P-12"));
}

// P-13: 30 working days from receipt; late only with an override and its reason.
TEST_F(PipelineTest, LateCeremonyIsRefusedUnlessOverriddenWithAReason) {
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2026-01-05", 8, 9));
  StepRecord decision = at(Step::quyet_dinh_ket_nap, "2026-02-10");
  decision.received = day("2026-02-12");
  facts.events.push_back(decision);
  Verdict v = judge();
  EXPECT_EQ(v.next[0].due, day("2026-04-02"));
  facts.events.push_back(at(Step::le_ket_nap, "2026-04-03"));
  EXPECT_EQ(rules_broken(), only("P-13"));
  facts.events.back().overrides = {"P-13"};
  facts.events.back().override_reason = "Cấp ủy cấp trên đồng ý tổ chức muộn (công văn 12-CV/ĐU).";
  Verdict overridden = judge();
  EXPECT_TRUE(overridden.ok);
  ASSERT_EQ(overridden.overrides.size(), 1u);
  EXPECT_EQ(overridden.overrides[0].rule, "P-13");
}

TEST_F(PipelineTest, OverrideOfARuleThatAllowsNoneStaysAProblem) {
  file_ready();
  StepRecord meeting = vote(Step::chi_bo_de_nghi, "2025-12-01", 5, 9);
  meeting.overrides = {"R-4"};
  meeting.override_reason = "Thử vượt";
  facts.events.push_back(meeting);
  EXPECT_EQ(rules_broken(), only("R-4"));
}

// twelve months from the ceremony; 29/02 ends on 28/02.
TEST_F(PipelineTest, ProbationFromLeapDayEndsOnTheLastDayOfFebruary) {
  facts.as_of = day("2026-11-23");
  admitted_on("2023-12-04", "2024-02-20", "2024-02-29");
  EXPECT_EQ(judge().dates.probation_end, day("2025-02-28"));
}

// after probation ends, within 30 working days.
TEST_F(PipelineTest, RecognitionMeetingBeforeProbationEndIsRefused) {
  admitted_on("2024-12-02", "2025-02-24", "2025-03-02");
  facts.events.push_back(at(Step::lop_dang_vien_moi, "2025-06-10"));
  facts.events.push_back(vote(Step::chi_bo_xet_chinh_thuc, "2026-03-01", 8, 9));
  EXPECT_EQ(rules_broken(), only("R-14"));
  facts.events.back().date = day("2026-03-02");
  EXPECT_FALSE(breaks("R-14"));
}

TEST_F(PipelineTest, RecognitionMeetingLateByOneWorkingDay) {
  admitted_on("2024-12-02", "2025-02-24", "2025-03-02");
  facts.events.push_back(at(Step::lop_dang_vien_moi, "2025-06-10"));
  facts.events.push_back(vote(Step::chi_bo_xet_chinh_thuc, "2026-04-13", 8, 9));
  EXPECT_FALSE(breaks("R-14"));
  facts.events.back().date = day("2026-04-14");
  EXPECT_EQ(rules_broken(), only("R-14"));
}

TEST_F(PipelineTest, RecognitionWithoutTheNewMemberClassNeedsAnOverride) {
  admitted_on("2024-12-02", "2025-02-24", "2025-03-02");
  facts.events.push_back(vote(Step::chi_bo_xet_chinh_thuc, "2026-03-02", 8, 9));
  EXPECT_EQ(rules_broken(), only("R-12"));
}

//
TEST_F(PipelineTest, OfficialFromProbationEndAndPartyAgeFromTheDecision) {
  admitted_on("2024-12-02", "2025-02-24", "2025-03-02");
  facts.events.push_back(at(Step::lop_dang_vien_moi, "2025-06-10"));
  facts.events.push_back(vote(Step::chi_bo_xet_chinh_thuc, "2026-04-13", 8, 9));
  Verdict waiting = judge();
  ASSERT_EQ(waiting.next.size(), 1u);
  EXPECT_EQ(waiting.next[0].step, Step::quyet_dinh_chinh_thuc);
  EXPECT_EQ(waiting.next[0].due, day("2026-05-28"));  // 27/04, 30/04 and 01/05 are days off
  EXPECT_EQ(waiting.next[0].rule, "R-15");
  facts.events.push_back(at(Step::quyet_dinh_chinh_thuc, "2026-05-29"));
  EXPECT_EQ(rules_broken(), only("R-15"));
  facts.events.back().date = day("2026-05-28");
  Verdict v = judge();
  EXPECT_TRUE(v.ok) << v.problems.at(0).rule << ": " << v.problems.at(0).message;
  EXPECT_EQ(v.dates.official_from, day("2026-03-02"));   // R-16, though decided in June
  EXPECT_EQ(v.dates.party_age_from, day("2025-02-24"));  // the decision's date
  EXPECT_TRUE(v.next.empty());
}

// after three votes without 2/3 the superior decides.
TEST_F(PipelineTest, FourthRecognitionVoteIsRefused) {
  admitted_on("2024-12-02", "2025-02-24", "2025-03-02");
  facts.events.push_back(at(Step::lop_dang_vien_moi, "2025-06-10"));
  for (const char* d : {"2026-03-02", "2026-03-09", "2026-03-16"})
    facts.events.push_back(vote(Step::chi_bo_xet_chinh_thuc, d, 5, 9));
  EXPECT_FALSE(breaks("R-18"));
  facts.events.push_back(vote(Step::chi_bo_xet_chinh_thuc, "2026-03-23", 7, 9));
  EXPECT_EQ(rules_broken(), only("R-18"));
}

// Order: a step before its prerequisites is refused with the step's own rule.
TEST_F(PipelineTest, CeremonyBeforeTheDecisionIsRefused) {
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 8, 9));
  facts.events.push_back(at(Step::le_ket_nap, "2025-12-15"));
  EXPECT_EQ(rules_broken(), only("P-13"));
}

TEST_F(PipelineTest, ApplicationBeforeTheClassIsRefused) {
  facts.events = {at(Step::nguon, "2025-01-06"), at(Step::cam_tinh, "2025-02-03"),
                  at(Step::don_xin_vao_dang, "2025-02-10")};
  EXPECT_EQ(rules_broken(), only("P-5"));
}

// O-3: the body that decides.
TEST_F(PipelineTest, UnauthorizedGrassrootsCommitteeCannotDecide) {
  facts.org.committee_members = 7;
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2025-12-01", 8, 9));
  facts.events.push_back(vote(Step::dang_uy_co_so_de_nghi, "2025-12-10", 6, 7));
  StepRecord decision = at(Step::quyet_dinh_ket_nap, "2026-01-20");
  decision.decided_by = "dang_uy_co_so";
  facts.events.push_back(decision);
  EXPECT_EQ(rules_broken(), only("O-3"));
  Settings authorized;
  authorized.dang_uy_co_so_authorized = true;
  facts.settings = authorized;
  EXPECT_FALSE(breaks("O-3"));
}

// letters older than 12 months at the meeting are redone.
TEST_F(PipelineTest, StaleIntroductionLettersMustBeRedone) {
  file_ready();
  facts.events.push_back(vote(Step::chi_bo_de_nghi, "2026-07-15", 8, 9));
  EXPECT_EQ(rules_broken(), (std::vector<std::string>{"R-5", "R-5"}));  // letters and opinions
}

TEST(RuleBook, EachDateIsJudgedByTheRulesInForce) {
  EXPECT_EQ(builtin_rules().in_force(*parse_iso_date("2025-06-30")).id, "QD24+HD01+HD12");
  EXPECT_EQ(builtin_rules().in_force(*parse_iso_date("2025-07-01")).id, "QD294+HD06+HD38");
  const RuleInfo* p12 = builtin_rules().in_force(*parse_iso_date("2025-07-01")).find("P-12");
  ASSERT_NE(p12, nullptr);
  EXPECT_NE(p12->clause.find("294-QĐ/TW"), std::string::npos);
}

TEST(Votes, TwoThirdsBoundary) {
  EXPECT_TRUE(reaches_two_thirds(2, 3));
  EXPECT_FALSE(reaches_two_thirds(1, 3));
  EXPECT_TRUE(reaches_two_thirds(10, 15));
  EXPECT_FALSE(reaches_two_thirds(9, 14));
  EXPECT_FALSE(reaches_two_thirds(0, 0));
}

}  // namespace
}  // namespace ketnap
