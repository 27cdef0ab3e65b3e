// A dossier's facts for the pipeline, read from the database: the candidate from the person
// record and the dossier's profile, the chi bộ from its own profile and those above it, the
// official members counted on the day that matters, and the recorded steps.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <array>

#include "app/dossier_state.hpp"
#include "app/json.hpp"
#include "app/pipeline_json.hpp"
#include "core/calendar.hpp"

namespace ketnap::app::detail {
namespace json = boost::json;
namespace {

bool is_grassroots(OrgType type) { return type == OrgType::dang_bo_co_so || type == OrgType::chi_bo_co_so; }

void merge_settings(json::object& into, std::string_view settings_json) {
  boost::system::error_code error;
  json::value parsed = json::parse(settings_json, error);
  if (error || !parsed.is_object()) return;
  for (const auto& [key, value] : parsed.as_object()) into[key] = value;
}

std::optional<Settings> settings_of(const ChiBoFacts& org, Date as_of) {
  if (org.settings.empty()) return std::nullopt;
  auto parsed = parse_settings(org.settings, builtin_rules().in_force(as_of).settings);
  if (!parsed) {
    spdlog::warn("Thiết lập của tổ chức {} không đọc được ({}); dùng thiết lập mặc định.",
                 org.chi_bo.id.value, parsed.error().message);
    return std::nullopt;
  }
  return *parsed;
}

Candidate candidate_of(const Person& person, const CandidateProfile& profile) {
  Candidate c;
  c.birth_date = person.birth_date;
  c.youth_union_member = person.youth_union;
  c.trade_union_member = person.trade_union;
  c.education = profile.education;
  c.hardship_area = profile.hardship_area;
  c.religious = profile.religious;
  c.previous_membership = profile.previous_membership;
  return c;
}

// The size a đảng ủy resolution states for its committee (8-KNĐ, 15-KNĐ).
std::optional<int> committee_told_by(const StepRecord& r) {
  bool committee_vote = r.step == Step::dang_uy_co_so_de_nghi || r.step == Step::dang_uy_co_so_xet_chinh_thuc;
  if (!committee_vote || !r.vote || !r.vote->members || *r.vote->members <= 0) return std::nullopt;
  return r.vote->members;
}

std::vector<RecordedStep> steps_of(store::Connection& c, std::int64_t dossier) {
  std::vector<RecordedStep> out;
  for (store::StepRow& row : store::dossier_steps(c, dossier)) {
    boost::system::error_code error;
    json::value data = json::parse(row.data_json, error);
    auto record =
        error ? Result<StepRecord>(invalid("data_json", "không phải JSON")) : step_from_json(data, "");
    if (!record)
      throw store::DatabaseError(
          fmt::format("Bước {} của hồ sơ {} hỏng: {}", row.id, dossier, record.error().message));
    out.push_back(RecordedStep{row.id, std::move(*record), std::move(row.recorded_at),
                               std::move(row.recorded_by), row.batch});
  }
  return out;
}

}  // namespace

ChiBoFacts chi_bo_facts(store::Connection& c, const Org& chi_bo) {
  std::vector<store::ProfiledOrg> path = store::profiles_on_path(c, chi_bo);  // root first
  ChiBoFacts facts{chi_bo};
  for (const store::ProfiledOrg& on_path : path)
    if (on_path.profile) merge_settings(facts.settings, on_path.profile->settings_json);
  // From the chi bộ up to its grassroots organization (O-1): the nearest known value wins.
  std::optional<bool> bo_phan_told;
  bool under_bo_phan = false;
  for (auto it = path.rbegin(); it != path.rend(); ++it) {
    const auto& [org, profile] = *it;
    if (profile) {
      if (!facts.has_youth_union) facts.has_youth_union = profile->has_youth_union;
      if (!facts.has_trade_union) facts.has_trade_union = profile->has_trade_union;
      if (!bo_phan_told) bo_phan_told = profile->has_dang_uy_bo_phan;
    }
    if (org.type == OrgType::dang_bo_bo_phan) under_bo_phan = true;
    if (org.type == OrgType::dang_bo_co_so) {
      facts.dang_uy_co_so = org;
      if (profile && profile->committee_members.value_or(0) > 0)
        facts.committee_members = profile->committee_members;
    }
    if (is_grassroots(org.type)) break;
  }
  // P-10: a đảng bộ bộ phận has its đảng ủy unless its profile says otherwise.
  facts.has_dang_uy_bo_phan = bo_phan_told.value_or(under_bo_phan);
  return facts;
}

std::optional<int> committee_size(const ChiBoFacts& org, const std::vector<StepRecord>& events,
                                  const StepRecord* next) {
  if (!org.dang_uy_co_so) return 0;  // a chi bộ cơ sở: no đảng ủy cơ sở above it
  if (org.committee_members) return org.committee_members;
  if (next)
    if (auto told = committee_told_by(*next)) return told;
  for (auto it = events.rbegin(); it != events.rend(); ++it)
    if (auto told = committee_told_by(*it)) return told;
  return std::nullopt;
}

Facts facts_of(store::Connection& c, const DossierState& dossier, Date as_of, Date counted_on,
               const StepRecord* next) {
  Facts facts;
  facts.as_of = as_of;
  facts.settings = settings_of(dossier.org, as_of);
  facts.candidate = candidate_of(dossier.person, dossier.profile);
  for (const RecordedStep& step : dossier.steps) facts.events.push_back(step.record);
  // the official members of the chi bộ (with its tổ đảng) on the day of the vote.
  OrgCounts counts = store::count_subtree(c, dossier.org.chi_bo, counted_on);
  facts.org.official_members = counts.official;
  facts.org.probationary_members = counts.probationary;
  facts.org.has_youth_union = dossier.org.has_youth_union;
  facts.org.has_trade_union = dossier.org.has_trade_union;
  facts.org.committee_members = committee_size(dossier.org, facts.events, next).value_or(0);
  facts.org.has_dang_uy_bo_phan = dossier.org.has_dang_uy_bo_phan;
  return facts;
}

Verdict verdict_of(const Facts& facts, const WorkCalendar& calendar) {
  return evaluate(facts, builtin_rules(), calendar);
}

Error dossier_not_found(DossierId id) {
  return Error{ErrorCode::not_found,
               fmt::format("Không tìm thấy hồ sơ phát triển đảng viên có mã {}.", id.value),
               {},
               {}};
}

Result<DossierState> load_dossier(store::Connection& c, const Caller& caller, DossierId id, Access access) {
  auto row = store::find_dossier(c, id.value);
  if (!row) return std::unexpected(dossier_not_found(id));
  auto org = access == Access::write ? writable_org(c, caller, row->org) : visible_org(c, caller, row->org);
  if (!org) {
    if (org.error().code == ErrorCode::not_found) return std::unexpected(dossier_not_found(id));
    return std::unexpected(org.error());
  }
  auto person = store::find_person(c, row->person);
  if (!person) throw store::DatabaseError(fmt::format("Hồ sơ {} trỏ tới người không tồn tại.", id.value));
  DossierState dossier;
  dossier.profile = profile_from_text(row->profile_json);
  dossier.steps = steps_of(c, row->id);
  dossier.row = std::move(*row);
  dossier.person = std::move(*person);
  dossier.org = chi_bo_facts(c, *org);
  return dossier;
}

std::string profile_to_text(const CandidateProfile& profile) { return to_text(to_json(profile)); }

// Stored by profile_to_text, so it reads back whole; anything unreadable reads as unknown.
CandidateProfile profile_from_text(std::string_view text) {
  boost::system::error_code error;
  json::value parsed = json::parse(text, error);
  if (error) return {};
  return profile_from_json(parsed, "profile").value_or(CandidateProfile{});
}

DossierSummary summary_of(const store::DossierRecord& row) {
  return DossierSummary{DossierId{row.id}, row.person, row.person_name, row.org,    row.org_name,
                        row.stage,         row.open,   row.next,        row.version};
}

json::object dossier_json(const store::DossierRecord& row) {
  boost::system::error_code error;
  json::value profile = json::parse(row.profile_json, error);
  json::object o{
      {"id", row.id},     {"person_id", row.person.value}, {"org_id", row.org.value}, {"stage", row.stage},
      {"open", row.open}, {"version", row.version}};
  o["next_step"] = row.next ? json::value(code(row.next->step)) : json::value(nullptr);
  o["next_due"] = row.next && row.next->due ? json::value(iso(*row.next->due)) : json::value(nullptr);
  o["profile"] = error ? json::value(json::object{}) : profile;
  return o;
}

}  // namespace ketnap::app::detail
