// Dossier use cases (hồ sơ phát triển đảng viên): open a dossier for a person in a chi bộ,
// record its steps as they happen — refused with every reason when the Party's rules
// forbid them — read its timeline, verdict and windows, list and count dossiers by stage,
// and the worklist of what is overdue or due soon. Membership follows the pipeline: the
// ceremony makes the person a probationary member, recognition official from the day
// probation ends, removal ends the probation.
//
// Every function authorizes against the caller's subtree like the rest of app: a dossier
// outside it answers not_found. Thread-safe like Service.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "core/pipeline.hpp"

namespace ketnap::app {

using DossierId = Id<struct DossierTag>;

// What the dossier knows of the candidate beyond the person record (E-3, E-7, R-2).
struct CandidateProfile {
  std::optional<Education> education;
  std::optional<bool> hardship_area;
  std::optional<bool> religious;
  std::optional<PreviousMembership> previous_membership;
};

struct NewDossier {
  PersonId person;
  OrgId org;  // the chi bộ (chi bộ cơ sở or trực thuộc) that handles the dossier
  CandidateProfile profile;
};

// One recorded step with who recorded it, and the officer's overrides if any.
struct RecordedStep {
  std::int64_t id = 0;
  StepRecord record;
  std::string recorded_at;  // ISO 8601 UTC
  std::string recorded_by;
  std::optional<std::int64_t> batch;  // set when recorded by a batch action
};

// A helper's monthly note on the candidate's progress (seed articles 000 and 003).
struct FollowUpNote {
  std::int64_t id = 0;
  Date meeting_on{};      // the chi bộ meeting it was reported at
  std::string helper;     // the official member assigned to help (P-3)
  std::string note;
  std::string recorded_at;
  std::string recorded_by;
};

struct DossierSummary {
  DossierId id;
  PersonId person;
  std::string person_name;
  OrgId org;
  std::string org_name;
  std::string stage;  // code of the last step recorded, "moi" when none
  bool open = true;   // false once official, removed or withdrawn
  std::optional<NextStep> next;  // the immediate next step with its window
  int version = 1;
};

struct DossierView {
  DossierSummary summary;
  CandidateProfile profile;
  std::vector<RecordedStep> steps;  // the timeline, in order
  std::vector<FollowUpNote> notes;  // in meeting order
  Verdict verdict;                  // as of `as_of`
  Date as_of{};
};

struct DossierQuery {
  std::optional<OrgId> org;   // subtree; default the caller's organization
  std::string stage;          // a step code or "moi"; empty: any
  std::optional<bool> open;   // default: both
  std::string q;              // the person's name, accent-insensitive
  std::optional<PersonId> person;
  PageRequest page;
};

struct StageCount {
  std::string stage;
  int count = 0;
};

struct PipelineStats {
  OrgId org;
  std::vector<StageCount> stages;  // every stage in pipeline order, zeros included
  int open = 0;
  int closed = 0;
};

// Admissions and recognitions of a subtree's members per month, every month of the period
// present (zeros included), oldest first.
struct MonthCount {
  int year = 0;
  unsigned month = 0;  // 1..12
  int admitted = 0;    // ceremonies (kết nạp)
  int official = 0;    // made official
};
struct AdmissionStats {
  OrgId org;
  Date from{};
  Date to{};
  std::vector<MonthCount> months;
  int admitted = 0;
  int official = 0;
};
// At most ten years of months in one answer.
inline constexpr int admission_stats_max_months = 120;

// The worklist: for each open dossier, its next step and how urgent it is.
struct WorkItem {
  DossierSummary dossier;
  NextStep next;
  int days_left = 0;   // calendar days from today to the due date; negative when overdue
  bool overdue = false;
  bool due_soon = false;  // due within 15 days
};

// One step recorded for several dossiers at once: an awareness class with one certificate
// date, an examination session, one decision or one ceremony for several candidates.
struct BatchOutcome {
  std::int64_t batch = 0;
  std::vector<DossierSummary> dossiers;
};

// What the pipeline needs to know of an organization beyond the tree: its unions, the
// size of its đảng ủy (P-11, O-3), whether a đảng bộ bộ phận has its own đảng ủy (P-10) and
// its settings (RULES.md §11, e.g. {"awareness_exam": true}). Null is unknown: the nearest
// organization above that knows decides.
struct OrgPipelineProfile {
  std::optional<bool> has_youth_union;
  std::optional<bool> has_trade_union;
  std::optional<int> committee_members;
  std::optional<bool> has_dang_uy_bo_phan;
  std::string settings_json = "{}";
};

// An organization's own profile, and what the pipeline makes of it and of those above it
// for a chi bộ there today.
struct OrgProfileView {
  OrgId org;
  OrgPipelineProfile own;
  std::optional<bool> has_youth_union;
  std::optional<bool> has_trade_union;
  std::optional<int> committee_members;
  bool has_dang_uy_bo_phan = false;
  Settings settings;
};

class Dossiers {
 public:
  explicit Dossiers(Service& service);

  Result<DossierView> open(const Caller& caller, const NewDossier& dossier);
  Result<DossierView> get(const Caller& caller, DossierId id, std::optional<Date> as_of = {});
  Result<DossierView> update_profile(const Caller& caller, DossierId id, const CandidateProfile& profile,
                                     std::optional<int> expected_version);

  // Records the next step. Refused with ErrorCode::rule and every problem in Error::problems
  // when the rules forbid it; a stale expected_version is a conflict and changes nothing.
  Result<DossierView> record_step(const Caller& caller, DossierId id, const StepRecord& step,
                                  std::optional<int> expected_version);
  // All or nothing: if any dossier's step is refused, none is recorded and the error lists
  // the problems of each (field "dossiers[i]").
  Result<BatchOutcome> record_batch(const Caller& caller, const std::vector<DossierId>& ids,
                                    const StepRecord& step);

  Result<FollowUpNote> add_note(const Caller& caller, DossierId id, const FollowUpNote& note);

  Result<Paged<DossierSummary>> list(const Caller& caller, const DossierQuery& query);
  Result<PipelineStats> stats(const Caller& caller, std::optional<OrgId> org);
  // Default period: the twelve months up to and including `today`'s month.
  Result<AdmissionStats> admissions(const Caller& caller, std::optional<OrgId> org, std::optional<Date> from,
                                    std::optional<Date> to, Date today);
  Result<OrgProfileView> org_profile(const Caller& caller, OrgId org);
  // Replaces the organization's own profile (audited as org.profile); settings are checked
  // as `ketnap check` reads them.
  Result<OrgProfileView> set_org_profile(const Caller& caller, OrgId org, const OrgPipelineProfile& profile);

  // Open dossiers in the subtree, most urgent first (overdue, then by due date).
  Result<std::vector<WorkItem>> worklist(const Caller& caller, std::optional<OrgId> org, Date today);

 private:
  Service& service_;
};

}  // namespace ketnap::app
