// Internal to app: a dossier loaded with everything its verdict depends on, and how the
// pipeline's facts are built from the database. Shared by dossiers.cpp, dossier_facts.cpp
// and dossier_lists.cpp; not included outside src/app.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/dossiers.hpp"
#include "app/internal.hpp"

namespace ketnap::app::detail {

// What the pipeline needs to know of a chi bộ, read from its own profile and those of the
// organizations above it (store::profiles_on_path).
struct ChiBoFacts {
  Org chi_bo;
  std::optional<bool> has_youth_union;
  std::optional<bool> has_trade_union;
  // P-11, O-3: the chi bộ stands under a đảng ủy cơ sở (a chi bộ trực thuộc), and that
  // committee's size when its profile knows it.
  std::optional<Org> dang_uy_co_so;
  std::optional<int> committee_members;
  bool has_dang_uy_bo_phan = false;  // P-10
  boost::json::object settings;      // RULES.md §11, outer organizations first, inner ones override
};
ChiBoFacts chi_bo_facts(store::Connection& c, const Org& chi_bo);

// A dossier with its person, profile, timeline and chi bộ.
struct DossierState {
  store::DossierRecord row;
  Person person;
  CandidateProfile profile;
  std::vector<RecordedStep> steps;
  ChiBoFacts org;
};

enum class Access { read, write };
// The dossier if the caller may see it (Access::read) or change it (Access::write);
// outside the caller's subtree it answers not_found, as if it did not exist.
Result<DossierState> load_dossier(store::Connection& c, const Caller& caller, DossierId id, Access access);

// The pipeline's facts: the candidate, the chi bộ with its official members counted on
// `counted_on`, the settings in force on `as_of`, and the recorded steps. `next`, when
// given, is the step about to be recorded (it may tell the đảng ủy's size).
Facts facts_of(store::Connection& c, const DossierState& dossier, Date as_of, Date counted_on,
               const StepRecord* next = nullptr);
// P-11, R-14: the size of the đảng ủy cơ sở above the chi bộ: 0 when there is none; its
// profile's, else as this dossier's latest đảng ủy resolution recorded it; unknown otherwise.
std::optional<int> committee_size(const ChiBoFacts& org, const std::vector<StepRecord>& events,
                                  const StepRecord* next);

// The verdict by the calendar in force (Service::calendar()).
Verdict verdict_of(const Facts& facts, const WorkCalendar& calendar);

std::string profile_to_text(const CandidateProfile& profile);
CandidateProfile profile_from_text(std::string_view text);

DossierSummary summary_of(const store::DossierRecord& row);
boost::json::object dossier_json(const store::DossierRecord& row);

Error dossier_not_found(DossierId id);

}  // namespace ketnap::app::detail
