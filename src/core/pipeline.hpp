// The pipeline: one candidate's dossier judged against the Party's rules.
//
// evaluate() is a pure function of the facts (candidate, organization, recorded steps), the
// rule sets and the working-day calendar: it says at which stage the dossier stands, every
// problem with its rule ID, the coming steps with their windows, and the dates that follow
// (age, certificate validity, probation end, official from, party age from). Each step is
// judged by the rule set in force on its own date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/rulebook.hpp"
#include "core/steps.hpp"

namespace ketnap {

class WorkCalendar;

// Trình độ giáo dục phổ thông, lowest first (E-3).
enum class Education { biet_chu, tieu_hoc, thcs, thpt };
std::optional<Education> parse_education(std::string_view code);
std::string_view code(Education education);

// Why someone left the Party before (E-7). The first five can never be re-admitted.
enum class LeavingReason {
  tu_bo_sinh_hoat,    // quit party activities on their own
  xin_ra,             // asked to leave
  gay_mat_doan_ket,   // caused serious internal disunity
  tham_nhung,         // convicted of corruption
  toi_nghiem_trong,   // convicted of a serious crime or worse
  toi_it_nghiem_trong,  // convicted of a less-serious crime: 60 months after expungement
  khai_tru,           // expelled
  xoa_ten,            // removed from the rolls
  khac,               // any other reason
};
std::optional<LeavingReason> parse_leaving_reason(std::string_view code);
std::string_view code(LeavingReason reason);

struct PreviousMembership {
  std::optional<Date> left_on;
  std::optional<LeavingReason> reason;
  bool readmitted_before = false;
  std::optional<Date> expunged_on;  // xóa án tích
};

// What is known of the candidate; a missing fact is reported only by the rules needing it.
struct Candidate {
  Date birth_date{};
  std::optional<Education> education;
  std::optional<bool> hardship_area;  // mountain, border, island, ethnic-minority area, fishermen (E-3)
  std::optional<bool> youth_union_member;
  std::optional<bool> trade_union_member;
  std::optional<bool> religious;
  std::optional<PreviousMembership> previous_membership;
};

// The chi bộ and the body above it.
struct OrgFacts {
  std::optional<int> official_members;
  std::optional<int> probationary_members;
  std::optional<bool> has_youth_union;
  std::optional<bool> has_trade_union;
  int committee_members = 0;  // size of the đảng ủy cơ sở above; 0 for a chi bộ cơ sở
  bool has_dang_uy_bo_phan = false;
};

// A vote of a chi bộ or a committee.
struct Vote {
  std::optional<int> yes;
  std::optional<int> no;
  std::optional<int> members;  // the denominator: official members present-eligible, or committee size
};

// An introducer (người giới thiệu), R-1 and R-2.
enum class IntroducerKind { dang_vien, doan, cong_doan };
std::optional<IntroducerKind> parse_introducer_kind(std::string_view code);

struct Introducer {
  std::string name;
  IntroducerKind kind = IntroducerKind::dang_vien;
  std::optional<bool> official;         // a party member introducer is official, not probationary
  std::optional<int> months_together;   // months worked/studied/lived with the candidate in one unit
};

// Which proposal a recognition vote is about.
enum class RecognitionProposal { cong_nhan, xoa_ten };

// One recorded step with its own data. Unused fields stay empty.
struct StepRecord {
  Step step = Step::nguon;
  Date date{};
  std::string number;   // resolution, decision or certificate number
  std::string issuer;   // who issued the certificate or signed the decision
  std::string decided_by;  // O-3: "dang_uy_co_so" | "ban_thuong_vu_cap_tren" | "tinh_uy"
  std::optional<Vote> vote;
  std::vector<Introducer> introducers;
  std::vector<std::string> helpers;  // P-3: official members assigned to help
  std::optional<bool> passed;        // examination result (P-4b)
  std::optional<double> score;       // awareness-class essay score out of 10
  std::optional<Date> received;      // when the chi bộ received the decision (P-13)
  bool extended = false;             // the exceptional +30 working days were granted (P-12, R-15)
  std::optional<Date> provincial_consent_on;  // E-2a, E-7, O-4: written consent of the province
  RecognitionProposal proposal = RecognitionProposal::cong_nhan;
  std::string reason;
  std::vector<std::string> overrides;  // rule IDs the officer overrides, with override_reason
  std::string override_reason;
};

struct Facts {
  Date as_of{};
  std::optional<Settings> settings;  // default: those of the rule set in force
  Candidate candidate;
  OrgFacts org;
  std::vector<StepRecord> events;  // in the order they happened
};

struct Problem {
  std::string rule;  // RULES.md ID, e.g. "P-12"
  Step step = Step::nguon;
  std::string message;  // Vietnamese
  bool overridable = false;
};

// An officer's written override of a problem the rule set allows to be overridden.
struct Override {
  std::string rule;
  Step step = Step::nguon;
  std::string message;
  std::string reason;
};

struct NextStep {
  Step step = Step::nguon;
  std::optional<Date> earliest;
  std::optional<Date> due;
  std::optional<Date> due_extended;
  std::string rule;
};

struct KeyDates {
  std::optional<int> age_months;
  std::optional<Date> certificate_valid_until;
  std::optional<Date> probation_end;
  std::optional<Date> official_from;
  std::optional<Date> party_age_from;
};

struct Verdict {
  std::string stage;  // the code of the last step recorded, or "moi" when none
  bool ok = true;
  std::vector<Problem> problems;
  std::vector<Override> overrides;
  std::vector<NextStep> next;
  KeyDates dates;
};

Verdict evaluate(const Facts& facts, const RuleBook& rules, const WorkCalendar& calendar);

// The problems recording `record` next would raise (the verdict of the facts with it added,
// less the problems the facts already had).
std::vector<Problem> problems_of_next_step(const Facts& facts, const StepRecord& record,
                                           const RuleBook& rules, const WorkCalendar& calendar);

// E-2: the candidate's age in whole months on `on`, by the chosen precision.
int age_in_months(Date birth, Date on, AgePrecision precision);

// R-4, P-11: a vote passes when yes ≥ 2/3 of the members (3·yes ≥ 2·members).
bool reaches_two_thirds(int yes, int members);

}  // namespace ketnap
