// Dossiers and what the pipeline needs around them (migrations/0002_dossiers.sql): the
// dossier rows with their stored verdict, their steps, notes and batches, the facts about
// organizations (org_profiles), and the membership changes the pipeline makes.
// Included through store/store.hpp; portable SQL only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/membership.hpp"
#include "core/org.hpp"
#include "core/pipeline.hpp"
#include "store/store.hpp"

namespace ketnap::store {

// One dossier row. stage, open and next are the pipeline's verdict after the last write.
struct DossierRecord {
  std::int64_t id = 0;
  PersonId person;
  OrgId org;
  std::string profile_json = "{}";
  std::string stage = "moi";
  bool open = true;
  std::optional<NextStep> next;
  std::optional<MembershipId> membership;  // created by the ceremony (le_ket_nap)
  int version = 1;
  std::string opened_at;
  std::optional<std::string> closed_at;
  // Read with the row, never written: the person's full name and the chi bộ's name.
  std::string person_name;
  std::string org_name;
};

void insert_dossier(Connection& c, const DossierRecord& dossier);
std::optional<DossierRecord> find_dossier(Connection& c, std::int64_t id);
// Saves `dossier` if the stored version is still `dossier.version - 1`; false when stale.
bool update_dossier(Connection& c, const DossierRecord& dossier);
std::optional<std::int64_t> open_dossier_of(Connection& c, PersonId person);

struct StepRow {
  std::int64_t id = 0;
  std::int64_t dossier = 0;
  std::string step;  // code
  Date date{};
  std::string data_json;  // app::to_json(StepRecord)
  std::string recorded_at;
  std::string recorded_by;
  std::optional<std::int64_t> batch;
};
void insert_dossier_step(Connection& c, const StepRow& step);
std::vector<StepRow> dossier_steps(Connection& c, std::int64_t dossier);  // in recorded order

struct NoteRow {
  std::int64_t id = 0;
  std::int64_t dossier = 0;
  Date meeting_on{};
  std::string helper;
  std::string note;
  std::string recorded_at;
  std::string recorded_by;
};
void insert_dossier_note(Connection& c, const NoteRow& note);
std::vector<NoteRow> dossier_notes(Connection& c, std::int64_t dossier);  // in meeting order

struct BatchRow {
  std::int64_t id = 0;
  std::string step;
  Date date{};
  std::string recorded_at;
  std::string recorded_by;
};
void insert_batch(Connection& c, const BatchRow& batch);

struct DossierFilter {
  std::string scope_path;  // dossiers of the chi bộ in this subtree
  std::string stage;       // empty: any
  std::optional<bool> open;
  std::optional<PersonId> person;  // only this person's dossiers
  std::vector<std::string> words;  // folded; each must appear in the person's names
  Window window;
};
// A page of dossiers in Vietnamese order of the person's name.
Found<DossierRecord> search_dossiers(Connection& c, const DossierFilter& filter);

struct StageTally {
  std::string stage;
  bool open = true;
  std::int64_t count = 0;
};
// How many dossiers of the subtree stand at each stage, open and closed apart.
std::vector<StageTally> count_dossiers_by_stage(Connection& c, std::string_view scope_path);

// Members of the subtree admitted (their ceremony) and made official, per month "YYYY-MM"
// with any, from `from` to `to` inclusive; from the memberships, so members admitted before
// Ketnap are counted as well as those its dossiers made.
struct MonthTally {
  std::string month;
  std::int64_t admitted = 0;
  std::int64_t official = 0;
};
std::vector<MonthTally> count_admissions_by_month(Connection& c, std::string_view scope_path, Date from, Date to);

// Open dossiers of the subtree with a due date, the earliest due first.
std::vector<DossierRecord> dossiers_due(Connection& c, std::string_view scope_path);

// ---- facts about organizations -------------------------------------------------------------

struct OrgProfile {
  OrgId org;
  std::optional<bool> has_youth_union;
  std::optional<bool> has_trade_union;
  std::optional<int> committee_members;  // size of the đảng ủy, for a đảng bộ
  std::optional<bool> has_dang_uy_bo_phan;
  std::string settings_json = "{}";  // RULES.md §11, read by parse_settings
};
std::optional<OrgProfile> find_org_profile(Connection& c, OrgId org);
void upsert_org_profile(Connection& c, const OrgProfile& profile);

// An organization on the path from the root to an org, with its profile if it has one.
struct ProfiledOrg {
  Org org;
  std::optional<OrgProfile> profile;
};
// The organizations of `org`'s path, the root first and `org` itself last: where the
// effective facts of a chi bộ are read from (its own, its đảng bộ's, its settings).
std::vector<ProfiledOrg> profiles_on_path(Connection& c, const Org& org);

// ---- membership changes made by the pipeline --------------------------------------------------

// Saves official_on, left_on and left_reason of an existing membership.
void update_membership_dates(Connection& c, const Membership& membership);

}  // namespace ketnap::store
