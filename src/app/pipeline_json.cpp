#include "app/pipeline_json.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace ketnap::app {
namespace json = boost::json;
namespace {

// Reads fields of one JSON object, naming each failure by its path.
class Fields {
 public:
  Fields(const json::object& object, std::string_view where) : object_(object), where_(where) {}

  std::string path(std::string_view key) const {
    return where_.empty() ? std::string(key) : fmt::format("{}.{}", where_, key);
  }

  const json::value* find(std::string_view key) const {
    const json::value* v = object_.if_contains(key);
    return v && !v->is_null() ? v : nullptr;
  }

  Result<std::optional<Date>> date(std::string_view key) const {
    const json::value* v = find(key);
    if (!v) return std::optional<Date>{};
    auto parsed = v->is_string() ? parse_iso_date(v->as_string()) : std::nullopt;
    if (!parsed) return invalid(path(key), fmt::format("{} phải là ngày dạng YYYY-MM-DD.", path(key)));
    return parsed;
  }

  Result<std::optional<int>> integer(std::string_view key) const {
    const json::value* v = find(key);
    if (!v) return std::optional<int>{};
    if (!v->is_int64() || v->as_int64() < 0 || v->as_int64() > 1'000'000)
      return invalid(path(key), fmt::format("{} phải là số nguyên không âm.", path(key)));
    return std::optional<int>(static_cast<int>(v->as_int64()));
  }

  Result<std::optional<double>> number(std::string_view key) const {
    const json::value* v = find(key);
    if (!v) return std::optional<double>{};
    if (!v->is_number()) return invalid(path(key), fmt::format("{} phải là số.", path(key)));
    return std::optional<double>(v->to_number<double>());
  }

  Result<std::optional<bool>> boolean(std::string_view key) const {
    const json::value* v = find(key);
    if (!v) return std::optional<bool>{};
    if (!v->is_bool()) return invalid(path(key), fmt::format("{} phải là true hoặc false.", path(key)));
    return std::optional<bool>(v->as_bool());
  }

  Result<std::string> text(std::string_view key) const {
    const json::value* v = find(key);
    if (!v) return std::string();
    if (!v->is_string()) return invalid(path(key), fmt::format("{} phải là chuỗi.", path(key)));
    return std::string(v->as_string());
  }

  // A code parsed by `parse`, e.g. "thcs" for education.
  template <class T, class Parse>
  Result<std::optional<T>> choice(std::string_view key, Parse parse, std::string_view allowed) const {
    auto raw = text(key);
    if (!raw) return std::unexpected(raw.error());
    if (raw->empty()) return std::optional<T>{};
    auto parsed = parse(*raw);
    if (!parsed) return invalid(path(key), fmt::format("{} phải là một trong: {}.", path(key), allowed));
    return std::optional<T>(*parsed);
  }

  Result<const json::object*> object(std::string_view key) const {
    const json::value* v = find(key);
    if (!v) return static_cast<const json::object*>(nullptr);
    if (!v->is_object()) return invalid(path(key), fmt::format("{} phải là một đối tượng JSON.", path(key)));
    return &v->as_object();
  }

  // The first key not among `known`, as an error naming it, when unknown fields are refused.
  Status only(std::initializer_list<std::string_view> known, UnknownFields unknown) const {
    if (unknown == UnknownFields::ignore) return {};
    for (const auto& [key, value] : object_) {
      if (std::ranges::find(known, std::string_view(key)) == known.end())
        return invalid(path(key), fmt::format("Trường \"{}\" không có trong định dạng này.", path(key)));
    }
    return {};
  }

  Result<const json::array*> array(std::string_view key) const {
    const json::value* v = find(key);
    if (!v) return static_cast<const json::array*>(nullptr);
    if (!v->is_array()) return invalid(path(key), fmt::format("{} phải là một mảng JSON.", path(key)));
    return &v->as_array();
  }

 private:
  const json::object& object_;
  std::string where_;
};

// Unwraps a Result into `target`, or returns its error from the enclosing function.
#define KETNAP_READ(target, expr)                          \
  do {                                                     \
    auto read_result_ = (expr);                            \
    if (!read_result_) return std::unexpected(read_result_.error()); \
    target = std::move(*read_result_);                     \
  } while (0)

template <class T>
void set_if(std::optional<T>& target, std::optional<T> value) {
  if (value) target = value;
}

Result<Introducer> introducer_from_json(const json::value& value, const std::string& where, UnknownFields unknown) {
  if (!value.is_object()) return invalid(where, fmt::format("{} phải là một đối tượng JSON.", where));
  Fields f(value.as_object(), where);
  if (auto ok = f.only({"name", "kind", "official", "months_together"}, unknown); !ok)
    return std::unexpected(ok.error());
  Introducer who;
  KETNAP_READ(who.name, f.text("name"));
  std::optional<IntroducerKind> kind;
  KETNAP_READ(kind, f.choice<IntroducerKind>("kind", parse_introducer_kind, "dang_vien, doan, cong_doan"));
  who.kind = kind.value_or(IntroducerKind::dang_vien);
  KETNAP_READ(who.official, f.boolean("official"));
  KETNAP_READ(who.months_together, f.integer("months_together"));
  return who;
}

Status read_vote(const Fields& f, StepRecord& r) {
  Vote vote;
  KETNAP_READ(vote.yes, f.integer("yes"));
  KETNAP_READ(vote.no, f.integer("no"));
  KETNAP_READ(vote.members, f.integer("members"));
  if (vote.yes || vote.no || vote.members) r.vote = vote;
  return {};
}

// The document number may be written under the name of its kind.
Status read_number(const Fields& f, StepRecord& r) {
  for (std::string_view key : {"number", "resolution_number", "decision_number", "certificate_number"}) {
    std::string value;
    KETNAP_READ(value, f.text(key));
    if (!value.empty()) r.number = value;
  }
  return {};
}

Status read_lists(const Fields& f, StepRecord& r, UnknownFields unknown) {
  const json::array* introducers = nullptr;
  KETNAP_READ(introducers, f.array("introducers"));
  if (introducers) {
    for (std::size_t i = 0; i < introducers->size(); ++i) {
      Introducer who;
      KETNAP_READ(who, introducer_from_json((*introducers)[i], fmt::format("{}[{}]", f.path("introducers"), i), unknown));
      r.introducers.push_back(std::move(who));
    }
  }
  const json::array* helpers = nullptr;
  KETNAP_READ(helpers, f.array("helpers"));
  if (helpers) {
    for (const json::value& h : *helpers) {
      if (!h.is_string()) return invalid(f.path("helpers"), "helpers phải là danh sách tên.");
      r.helpers.emplace_back(h.as_string());
    }
  }
  return {};
}

Status read_override(const Fields& f, StepRecord& r, UnknownFields unknown) {
  const json::object* over = nullptr;
  KETNAP_READ(over, f.object("override"));
  if (!over) return {};
  Fields o(*over, f.path("override"));
  if (auto ok = o.only({"rules", "reason"}, unknown); !ok) return ok;
  KETNAP_READ(r.override_reason, o.text("reason"));
  const json::array* rules = nullptr;
  KETNAP_READ(rules, o.array("rules"));
  if (rules)
    for (const json::value& id : *rules)
      if (id.is_string()) r.overrides.emplace_back(id.as_string());
  if (!r.overrides.empty() && r.override_reason.empty())
    return invalid(o.path("reason"), "Vượt quy định phải ghi rõ lý do.");
  return {};
}

Result<PreviousMembership> previous_from_json(const json::object& object, const std::string& where,
                                              UnknownFields unknown) {
  Fields p(object, where);
  if (auto ok = p.only({"left_on", "reason", "readmitted_before", "expunged_on"}, unknown); !ok)
    return std::unexpected(ok.error());
  PreviousMembership m;
  KETNAP_READ(m.left_on, p.date("left_on"));
  KETNAP_READ(m.reason, p.choice<LeavingReason>("reason", parse_leaving_reason,
                                                 "tu_bo_sinh_hoat, xin_ra, gay_mat_doan_ket, tham_nhung, "
                                                 "toi_nghiem_trong, toi_it_nghiem_trong, khai_tru, xoa_ten, khac"));
  std::optional<bool> before;
  KETNAP_READ(before, p.boolean("readmitted_before"));
  m.readmitted_before = before.value_or(false);
  KETNAP_READ(m.expunged_on, p.date("expunged_on"));
  return m;
}

// The profile's fields as they stand in an object that may hold more (a check's candidate).
Result<CandidateProfile> profile_fields(const Fields& f, UnknownFields unknown) {
  CandidateProfile profile;
  KETNAP_READ(profile.education,
              f.choice<Education>("education", parse_education, "biet_chu, tieu_hoc, thcs, thpt"));
  KETNAP_READ(profile.hardship_area, f.boolean("hardship_area"));
  KETNAP_READ(profile.religious, f.boolean("religious"));
  const json::object* previous = nullptr;
  KETNAP_READ(previous, f.object("previous_membership"));
  if (previous) KETNAP_READ(profile.previous_membership, previous_from_json(*previous, f.path("previous_membership"), unknown));
  return profile;
}

Result<Candidate> candidate_from_json(const json::object& object) {
  Fields f(object, "candidate");
  Candidate c;
  std::optional<Date> birth;
  KETNAP_READ(birth, f.date("birth_date"));
  if (!birth) return invalid("candidate.birth_date", "Thiếu candidate.birth_date (ngày sinh).");
  c.birth_date = *birth;
  CandidateProfile profile;
  KETNAP_READ(profile, profile_fields(f, UnknownFields::ignore));
  c.education = profile.education;
  c.hardship_area = profile.hardship_area;
  c.religious = profile.religious;
  c.previous_membership = profile.previous_membership;
  KETNAP_READ(c.youth_union_member, f.boolean("youth_union_member"));
  KETNAP_READ(c.trade_union_member, f.boolean("trade_union_member"));
  return c;
}

Result<OrgFacts> org_from_json(const json::object& object) {
  Fields f(object, "org");
  OrgFacts org;
  KETNAP_READ(org.official_members, f.integer("official_members"));
  KETNAP_READ(org.probationary_members, f.integer("probationary_members"));
  KETNAP_READ(org.has_youth_union, f.boolean("has_youth_union"));
  KETNAP_READ(org.has_trade_union, f.boolean("has_trade_union"));
  std::optional<int> committee;
  KETNAP_READ(committee, f.integer("committee_members"));
  org.committee_members = committee.value_or(0);
  std::optional<bool> bo_phan;
  KETNAP_READ(bo_phan, f.boolean("has_dang_uy_bo_phan"));
  org.has_dang_uy_bo_phan = bo_phan.value_or(false);
  return org;
}

json::value date_or_null(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return json::value(iso(*date));
}

}  // namespace

Result<StepRecord> step_from_json(const json::value& value, std::string_view where, UnknownFields unknown) {
  if (!value.is_object()) return invalid(std::string(where), fmt::format("{} phải là một đối tượng JSON.", where));
  Fields f(value.as_object(), where);
  if (auto ok = f.only({"step", "date", "number", "resolution_number", "decision_number", "certificate_number",
                        "issuer", "decided_by", "reason", "yes", "no", "members", "introducers", "helpers",
                        "passed", "score", "received", "extended", "provincial_consent_on", "proposal",
                        "override"},
                       unknown);
      !ok)
    return std::unexpected(ok.error());
  StepRecord r;
  std::optional<Step> step;
  KETNAP_READ(step, f.choice<Step>("step", parse_step, "nguon, cam_tinh, ... (xem docs/check.md)"));
  if (!step) return invalid(f.path("step"), fmt::format("Thiếu {} (mã bước).", f.path("step")));
  r.step = *step;
  std::optional<Date> date;
  KETNAP_READ(date, f.date("date"));
  if (!date) return invalid(f.path("date"), fmt::format("Thiếu {} (ngày của bước).", f.path("date")));
  r.date = *date;
  if (auto ok = read_number(f, r); !ok) return std::unexpected(ok.error());
  KETNAP_READ(r.issuer, f.text("issuer"));
  KETNAP_READ(r.decided_by, f.text("decided_by"));
  KETNAP_READ(r.reason, f.text("reason"));
  if (auto ok = read_vote(f, r); !ok) return std::unexpected(ok.error());
  if (auto ok = read_lists(f, r, unknown); !ok) return std::unexpected(ok.error());
  KETNAP_READ(r.passed, f.boolean("passed"));
  KETNAP_READ(r.score, f.number("score"));
  KETNAP_READ(r.received, f.date("received"));
  std::optional<bool> extended;
  KETNAP_READ(extended, f.boolean("extended"));
  r.extended = extended.value_or(false);
  KETNAP_READ(r.provincial_consent_on, f.date("provincial_consent_on"));
  std::optional<RecognitionProposal> proposal;
  KETNAP_READ(proposal, f.choice<RecognitionProposal>(
                            "proposal",
                            [](std::string_view t) -> std::optional<RecognitionProposal> {
                              if (t == "cong_nhan") return RecognitionProposal::cong_nhan;
                              if (t == "xoa_ten") return RecognitionProposal::xoa_ten;
                              return std::nullopt;
                            },
                            "cong_nhan, xoa_ten"));
  r.proposal = proposal.value_or(RecognitionProposal::cong_nhan);
  if (auto ok = read_override(f, r, unknown); !ok) return std::unexpected(ok.error());
  return r;
}

Result<Facts> facts_from_json(const json::value& value, const RuleBook& rules) {
  if (!value.is_object()) return invalid("", "Đầu vào phải là một đối tượng JSON.");
  Fields f(value.as_object(), "");
  Facts facts;
  std::optional<Date> as_of;
  KETNAP_READ(as_of, f.date("as_of"));
  if (!as_of) return invalid("as_of", "Thiếu as_of (ngày xét).");
  facts.as_of = *as_of;
  const json::object* settings = nullptr;
  KETNAP_READ(settings, f.object("settings"));
  if (settings) KETNAP_READ(facts.settings, parse_settings(*settings, rules.in_force(facts.as_of).settings));
  const json::object* candidate = nullptr;
  KETNAP_READ(candidate, f.object("candidate"));
  if (!candidate) return invalid("candidate.birth_date", "Thiếu candidate.birth_date (ngày sinh).");
  KETNAP_READ(facts.candidate, candidate_from_json(*candidate));
  const json::object* org = nullptr;
  KETNAP_READ(org, f.object("org"));
  if (org) KETNAP_READ(facts.org, org_from_json(*org));
  const json::array* events = nullptr;
  KETNAP_READ(events, f.array("events"));
  if (!events) return invalid("events", "Thiếu events (danh sách các bước đã ghi nhận).");
  for (std::size_t i = 0; i < events->size(); ++i) {
    StepRecord r;
    KETNAP_READ(r, step_from_json((*events)[i], fmt::format("events[{}]", i)));
    facts.events.push_back(std::move(r));
  }
  return facts;
}

json::object to_json(const Verdict& v) {
  json::array problems;
  for (const Problem& p : v.problems)
    problems.push_back(json::object{{"rule", p.rule}, {"step", code(p.step)}, {"message", p.message},
                                    {"overridable", p.overridable}});
  json::array overrides;
  for (const Override& o : v.overrides)
    overrides.push_back(json::object{{"rule", o.rule}, {"step", code(o.step)}, {"message", o.message},
                                     {"reason", o.reason}});
  json::array next;
  for (const NextStep& n : v.next)
    next.push_back(json::object{{"step", code(n.step)},
                                {"earliest", date_or_null(n.earliest)},
                                {"due", date_or_null(n.due)},
                                {"due_extended", date_or_null(n.due_extended)},
                                {"rule", n.rule}});
  const KeyDates& d = v.dates;
  json::object dates{{"age_months", d.age_months ? json::value(*d.age_months) : json::value(nullptr)},
                     {"certificate_valid_until", date_or_null(d.certificate_valid_until)},
                     {"probation_end", date_or_null(d.probation_end)},
                     {"official_from", date_or_null(d.official_from)},
                     {"party_age_from", date_or_null(d.party_age_from)}};
  return {{"stage", v.stage}, {"ok", v.ok}, {"problems", std::move(problems)},
          {"overrides", std::move(overrides)}, {"next", std::move(next)}, {"dates", std::move(dates)}};
}

Result<CandidateProfile> profile_from_json(const json::value& value, std::string_view where, UnknownFields unknown) {
  if (value.is_null()) return CandidateProfile{};
  if (!value.is_object()) return invalid(std::string(where), fmt::format("{} phải là một đối tượng JSON.", where));
  Fields f(value.as_object(), where);
  if (auto ok = f.only({"education", "hardship_area", "religious", "previous_membership"}, unknown); !ok)
    return std::unexpected(ok.error());
  return profile_fields(f, unknown);
}

json::object to_json(const CandidateProfile& profile) {
  auto flag = [](const std::optional<bool>& b) { return b ? json::value(*b) : json::value(nullptr); };
  json::value previous = nullptr;
  if (const auto& p = profile.previous_membership) {
    previous = json::object{{"left_on", date_or_null(p->left_on)},
                            {"reason", p->reason ? json::value(code(*p->reason)) : json::value(nullptr)},
                            {"readmitted_before", p->readmitted_before},
                            {"expunged_on", date_or_null(p->expunged_on)}};
  }
  return {{"education", profile.education ? json::value(code(*profile.education)) : json::value(nullptr)},
          {"hardship_area", flag(profile.hardship_area)},
          {"religious", flag(profile.religious)},
          {"previous_membership", std::move(previous)}};
}

json::object to_json(const StepRecord& r) {
  json::object o{{"step", code(r.step)}, {"date", iso(r.date)}};
  if (!r.number.empty()) o["number"] = r.number;
  if (!r.issuer.empty()) o["issuer"] = r.issuer;
  if (!r.decided_by.empty()) o["decided_by"] = r.decided_by;
  if (r.vote) {
    if (r.vote->yes) o["yes"] = *r.vote->yes;
    if (r.vote->no) o["no"] = *r.vote->no;
    if (r.vote->members) o["members"] = *r.vote->members;
  }
  if (!r.introducers.empty()) {
    json::array list;
    for (const Introducer& who : r.introducers) {
      json::object i{{"name", who.name}};
      i["kind"] = who.kind == IntroducerKind::dang_vien ? "dang_vien" : who.kind == IntroducerKind::doan ? "doan" : "cong_doan";
      if (who.official) i["official"] = *who.official;
      if (who.months_together) i["months_together"] = *who.months_together;
      list.push_back(std::move(i));
    }
    o["introducers"] = std::move(list);
  }
  if (!r.helpers.empty()) o["helpers"] = json::value_from(r.helpers);
  if (r.passed) o["passed"] = *r.passed;
  if (r.score) o["score"] = *r.score;
  if (r.received) o["received"] = iso(*r.received);
  if (r.extended) o["extended"] = true;
  if (r.provincial_consent_on) o["provincial_consent_on"] = iso(*r.provincial_consent_on);
  if (r.step == Step::chi_bo_xet_chinh_thuc)
    o["proposal"] = r.proposal == RecognitionProposal::cong_nhan ? "cong_nhan" : "xoa_ten";
  if (!r.reason.empty()) o["reason"] = r.reason;
  if (!r.overrides.empty())
    o["override"] = json::object{{"rules", json::value_from(r.overrides)}, {"reason", r.override_reason}};
  return o;
}

namespace {
json::value flag_or_null(const std::optional<bool>& b) { return b ? json::value(*b) : json::value(nullptr); }
json::value int_or_null(const std::optional<int>& i) { return i ? json::value(*i) : json::value(nullptr); }
}  // namespace

Result<json::object> parse_json_object(std::string_view text, std::string_view field) {
  boost::system::error_code error;
  json::value parsed = json::parse(text, error);
  if (error || !parsed.is_object())
    return invalid(std::string(field), fmt::format("{} phải là một đối tượng JSON.", field));
  return std::move(parsed.as_object());
}

Result<OrgPipelineProfile> org_profile_from_json(const json::value& value, UnknownFields unknown) {
  if (!value.is_object()) return invalid("", "Nội dung phải là một đối tượng JSON.");
  Fields f(value.as_object(), "");
  if (auto ok = f.only({"has_youth_union", "has_trade_union", "committee_members", "has_dang_uy_bo_phan", "settings"},
                       unknown);
      !ok)
    return std::unexpected(ok.error());
  OrgPipelineProfile p;
  KETNAP_READ(p.has_youth_union, f.boolean("has_youth_union"));
  KETNAP_READ(p.has_trade_union, f.boolean("has_trade_union"));
  KETNAP_READ(p.committee_members, f.integer("committee_members"));
  KETNAP_READ(p.has_dang_uy_bo_phan, f.boolean("has_dang_uy_bo_phan"));
  if (const json::value* settings = f.find("settings")) {
    if (!settings->is_object()) return invalid("settings", "settings phải là một đối tượng JSON.");
    p.settings_json = json::serialize(*settings);
  }
  return p;
}

json::object to_json(const OrgPipelineProfile& p) {
  auto settings = parse_json_object(p.settings_json, "settings");
  return {{"has_youth_union", flag_or_null(p.has_youth_union)},
          {"has_trade_union", flag_or_null(p.has_trade_union)},
          {"committee_members", int_or_null(p.committee_members)},
          {"has_dang_uy_bo_phan", flag_or_null(p.has_dang_uy_bo_phan)},
          {"settings", settings ? json::value(std::move(*settings)) : json::value(json::object{})}};
}

json::object to_json(const Settings& s) {
  return {{"age_precision", s.age_precision == AgePrecision::month ? "month" : "day"},
          {"certificate_valid_months", s.certificate_valid_months},
          {"dossier_valid_months", s.dossier_valid_months},
          {"awareness_exam", s.awareness_exam},
          {"dang_uy_co_so_authorized", s.dang_uy_co_so_authorized},
          {"trade_union_two_members_allowed", s.trade_union_two_members_allowed},
          {"new_member_class_required", s.new_member_class_required},
          {"youth_age_max", s.youth_age_max}};
}

json::object to_json(const OrgProfileView& v) {
  json::object effective{{"has_youth_union", flag_or_null(v.has_youth_union)},
                         {"has_trade_union", flag_or_null(v.has_trade_union)},
                         {"committee_members", int_or_null(v.committee_members)},
                         {"has_dang_uy_bo_phan", v.has_dang_uy_bo_phan},
                         {"settings", to_json(v.settings)}};
  return {{"org_id", v.org.value}, {"own", to_json(v.own)}, {"effective", std::move(effective)}};
}

}  // namespace ketnap::app
