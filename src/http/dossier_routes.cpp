// /api/v1/dossiers, /api/v1/batches, /api/v1/worklist and /api/v1/stats/pipeline: the
// development pipeline (hồ sơ phát triển đảng viên), from nguồn to đảng viên chính thức.
// Step records and verdicts have the JSON of `ketnap check` (app/pipeline_json.hpp), with
// the Vietnamese label of each step added for the UI.
#include <fmt/format.h>

#include <boost/json/parse.hpp>
#include <charconv>
#include <utility>
#include <vector>

#include "app/dossiers.hpp"
#include "app/pipeline_json.hpp"
#include "http/routes.hpp"

namespace ketnap::http {
namespace {

namespace json = boost::json;
using Read = std::expected<void, Problem>;

Response dossier_not_found() { return problem_response(not_found_problem("Không tìm thấy hồ sơ này.")); }

template <class T>
json::value value_or_null(const std::optional<T>& value) {
  return value ? json::value(*value) : json::value(nullptr);
}

// ---- reading nested bodies ----------------------------------------------------------------
// input.hpp reads flat objects. A dossier's bodies nest a profile or a step record: those are
// taken out of the object first; the flat rest, like each nested object, is then read by the
// strict readers, with problems naming the whole path (e.g. "profile.education").

// The request's JSON object (415, 400 as JsonBody::parse says; an empty body is {}).
// Takes `field` out of `object`: null when absent.
json::value take(json::object& object, std::string_view field) {
  auto found = object.find(field);
  if (found == object.end()) return nullptr;
  json::value value = std::move(found->value());
  object.erase(found);
  return value;
}

std::string path_of(std::string_view where, std::string_view field) {
  return where.empty() ? std::string(field) : fmt::format("{}.{}", where, field);
}

// The problem of a nested reader, its field (and the field quoted in its detail) prefixed.
Problem nested_problem(Problem problem, std::string_view where) {
  if (where.empty() || problem.field.empty()) return problem;
  auto quoted = fmt::format("\"{}\"", problem.field);
  if (auto at = problem.detail.find(quoted); at != std::string::npos)
    problem.detail.replace(at, quoted.size(), fmt::format("\"{}.{}\"", where, problem.field));
  problem.field = path_of(where, problem.field);
  return problem;
}

// Reads a flat JSON object with the strict readers of input.hpp; `where` is its path.
template <class Fill>
Read read_object(const json::value& value, std::string_view where, Fill&& fill) {
  if (!value.is_object())
    return std::unexpected(
        invalid_field(std::string(where), fmt::format("Trường \"{}\" phải là một đối tượng JSON.", where)));
  Request inner;
  inner.content_type = "application/json";
  inner.body = json::serialize(value);
  auto read = read_json(inner, std::forward<Fill>(fill));
  if (!read) return std::unexpected(nested_problem(read.error(), where));
  return read;
}

Problem missing(std::string_view field) {
  return invalid_field(std::string(field), fmt::format("Thiếu trường bắt buộc \"{}\".", field));
}

// The step record of a body (docs/check.md), read by pipeline_json; `where` is its path.
Parsed<StepRecord> read_step(const json::value& value, std::string_view where) {
  auto step = app::step_from_json(value, where, app::UnknownFields::refuse);
  if (!step) return std::unexpected(to_problem(step.error()));
  return *step;
}

// "version", taken out of the object (a step body holds the record and the version).
Parsed<std::optional<int>> take_version(json::object& object) {
  json::object flat;
  if (auto version = take(object, "version"); !version.is_null()) flat["version"] = std::move(version);
  std::optional<int> version;
  auto read = read_object(flat, "", [&](JsonBody& body) { version = body.integer("version"); });
  if (!read) return std::unexpected(read.error());
  return version;
}

// {"education", "hardship_area", "religious", "previous_membership"?}; null reads as empty.
Read read_profile(const json::value& value, app::CandidateProfile& profile) {
  auto read = app::profile_from_json(value, "profile", app::UnknownFields::refuse);
  if (!read) return std::unexpected(to_problem(read.error()));
  profile = std::move(*read);
  return {};
}

// "dossier_ids": a non-empty array of dossier ids.
Parsed<std::vector<app::DossierId>> read_dossier_ids(const json::value& value) {
  if (value.is_null()) return std::unexpected(missing("dossier_ids"));
  if (!value.is_array() || value.as_array().empty())
    return std::unexpected(
        invalid_field("dossier_ids", "Trường \"dossier_ids\" phải là một danh sách mã hồ sơ, không rỗng."));
  std::vector<app::DossierId> ids;
  for (std::size_t i = 0; i < value.as_array().size(); ++i) {
    const json::value& id = value.as_array()[i];
    if (!id.is_int64() || id.as_int64() <= 0) {
      auto field = fmt::format("dossier_ids[{}]", i);
      auto detail = fmt::format("Trường \"{}\" phải là một mã số nguyên dương.", field);
      return std::unexpected(invalid_field(std::move(field), std::move(detail)));
    }
    ids.push_back(app::DossierId{id.as_int64()});
  }
  return ids;
}

// ---- JSON of the dossier ----------------------------------------------------------------

constexpr std::string_view kNewDossier = "moi";

std::string_view stage_label(std::string_view stage) {
  if (auto step = parse_step(stage)) return label(*step);
  return "Mới lập hồ sơ";
}

// Adds "step_label" to a JSON object whose "step" is a step code.
void add_step_label(json::object& object) {
  if (const auto* step = object.if_contains("step"); step && step->is_string())
    if (auto parsed = parse_step(step->as_string())) object["step_label"] = label(*parsed);
}

void label_steps(json::array& items) {
  for (json::value& item : items) add_step_label(item.as_object());
}

// One coming step with its window, as the verdict's JSON writes it, labelled.
json::object next_json(const NextStep& next) {
  Verdict only;
  only.next.push_back(next);
  auto json = app::to_json(only);
  auto& step = json.at("next").as_array().at(0).as_object();
  add_step_label(step);
  return std::move(step);
}

json::object verdict_json(const Verdict& verdict) {
  auto json = app::to_json(verdict);
  for (std::string_view list : {"problems", "overrides", "next"}) label_steps(json.at(list).as_array());
  json["stage_label"] = stage_label(verdict.stage);
  return json;
}

json::object summary_json(const app::DossierSummary& summary) {
  return {{"id", summary.id.value},
          {"person_id", summary.person.value},
          {"person_name", summary.person_name},
          {"org_id", summary.org.value},
          {"org_name", summary.org_name},
          {"stage", summary.stage},
          {"stage_label", stage_label(summary.stage)},
          {"open", summary.open},
          {"next", summary.next ? json::value(next_json(*summary.next)) : json::value(nullptr)},
          {"version", summary.version}};
}

// {"id", "recorded_at", "recorded_by", "batch", ...the step record, "step_label"}
json::object recorded_step_json(const app::RecordedStep& step) {
  json::object json{{"id", step.id},
                    {"recorded_at", step.recorded_at},
                    {"recorded_by", step.recorded_by},
                    {"batch", value_or_null(step.batch)}};
  for (auto& [key, value] : app::to_json(step.record)) json[key] = value;
  add_step_label(json);
  return json;
}

json::object note_json(const app::FollowUpNote& note) {
  return {{"id", note.id},     {"meeting_on", iso(note.meeting_on)}, {"helper", note.helper},
          {"note", note.note}, {"recorded_at", note.recorded_at},    {"recorded_by", note.recorded_by}};
}

json::object view_json(const app::DossierView& view) {
  auto json = summary_json(view.summary);
  json["profile"] = app::to_json(view.profile);
  json["steps"] = items_json(view.steps, recorded_step_json).at("items");
  json["notes"] = items_json(view.notes, note_json).at("items");
  json["verdict"] = verdict_json(view.verdict);
  json["as_of"] = iso(view.as_of);
  return json;
}

json::object work_item_json(const app::WorkItem& item) {
  return {{"dossier", summary_json(item.dossier)},
          {"next", next_json(item.next)},
          {"days_left", item.days_left},
          {"overdue", item.overdue},
          {"due_soon", item.due_soon}};
}

json::object stats_json(const app::PipelineStats& stats) {
  json::array stages;
  for (const auto& stage : stats.stages)
    stages.push_back(
        json::object{{"stage", stage.stage}, {"label", stage_label(stage.stage)}, {"count", stage.count}});
  return {{"org_id", stats.org.value},
          {"stages", std::move(stages)},
          {"open", stats.open},
          {"closed", stats.closed}};
}

json::object admissions_json(const app::AdmissionStats& stats) {
  json::array months;
  for (const app::MonthCount& m : stats.months)
    months.push_back(json::object{{"month", fmt::format("{:04}-{:02}", m.year, m.month)},
                                  {"label", fmt::format("{:02}/{:04}", m.month, m.year)},
                                  {"admitted", m.admitted},
                                  {"official", m.official}});
  return {{"org_id", stats.org.value}, {"from", iso(stats.from)}, {"to", iso(stats.to)},
          {"months", std::move(months)}, {"admitted", stats.admitted}, {"official", stats.official}};
}

json::object batch_json(const app::BatchOutcome& outcome) {
  return {{"batch", outcome.batch}, {"dossiers", items_json(outcome.dossiers, summary_json).at("items")}};
}

// ---- query parameters -------------------------------------------------------------------

std::optional<std::string> parse_stage(std::string_view code) {
  if (code == kNewDossier || parse_step(code)) return std::string(code);
  return std::nullopt;
}

std::optional<bool> parse_bool(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  return std::nullopt;
}

std::optional<OrgId> org_param(QueryReader& params) {
  if (auto org = params.id("org")) return OrgId{*org};
  return std::nullopt;
}

// ---- handlers ---------------------------------------------------------------------------

Response list_dossiers(const RequestContext& context) {
  app::DossierQuery query;
  auto read = read_query(context.request, [&](QueryReader& params) {
    query.org = org_param(params);
    query.stage = params.choice<std::string>("stage", parse_stage).value_or("");
    query.open = params.choice<bool>("open", parse_bool);
    query.q = params.text("q");
    if (auto person = params.id("person")) query.person = PersonId{*person};
    query.page = params.page();
  });
  if (!read) return problem_response(read.error());
  return respond(context.dossiers.list(context.caller(), query),
                 [](const auto& paged) { return paged_json(paged, summary_json); });
}

Response open_dossier(const RequestContext& context) {
  auto body = json_object_body(context.request);
  if (!body) return problem_response(body.error());
  app::NewDossier dossier;
  auto profile = take(*body, "profile");
  auto read = read_object(*body, "", [&](JsonBody& fields) {
    dossier.person = fields.id<PersonId>("person_id", Presence::required).value_or(dossier.person);
    dossier.org = fields.id<OrgId>("org_id", Presence::required).value_or(dossier.org);
  });
  if (read) read = read_profile(std::move(profile), dossier.profile);
  if (!read) return problem_response(read.error());
  return respond(context.dossiers.open(context.caller(), dossier), view_json, 201);
}

Response get_dossier(const RequestContext& context) {
  auto id = id_param<app::DossierId>(context);
  if (!id) return dossier_not_found();
  std::optional<Date> as_of;
  auto read = read_query(context.request,
                         [&](QueryReader& params) { as_of = params.date("as_of", "Ngày xét hồ sơ"); });
  if (!read) return problem_response(read.error());
  return respond(context.dossiers.get(context.caller(), *id, as_of), view_json);
}

Response update_dossier(const RequestContext& context) {
  auto id = id_param<app::DossierId>(context);
  if (!id) return dossier_not_found();
  auto body = json_object_body(context.request);
  if (!body) return problem_response(body.error());
  auto profile = take(*body, "profile");
  if (profile.is_null()) return problem_response(missing("profile"));
  std::optional<int> version;
  auto read = read_object(*body, "", [&](JsonBody& fields) { version = fields.integer("version"); });
  app::CandidateProfile changed;
  if (read) read = read_profile(std::move(profile), changed);
  if (!read) return problem_response(read.error());
  return respond(context.dossiers.update_profile(context.caller(), *id, changed, version), view_json);
}

Response record_step(const RequestContext& context) {
  auto id = id_param<app::DossierId>(context);
  if (!id) return dossier_not_found();
  auto body = json_object_body(context.request);
  if (!body) return problem_response(body.error());
  auto version = take_version(*body);
  if (!version) return problem_response(version.error());
  auto step = read_step(*body, "");
  if (!step) return problem_response(step.error());
  return respond(context.dossiers.record_step(context.caller(), *id, *step, *version), view_json, 201);
}

Response add_note(const RequestContext& context) {
  auto id = id_param<app::DossierId>(context);
  if (!id) return dossier_not_found();
  app::FollowUpNote note;
  auto read = read_json(context.request, [&](JsonBody& body) {
    note.meeting_on =
        body.date("meeting_on", "Ngày họp chi bộ", Presence::required).value_or(note.meeting_on);
    note.helper = body.text("helper", Presence::required).value_or("");
    note.note = body.text("note", Presence::required).value_or("");
  });
  if (!read) return problem_response(read.error());
  return respond(context.dossiers.add_note(context.caller(), *id, note), note_json, 201);
}

// app names a batch's dossier by its place, "dossiers[i]", and a reason "dossiers[i].<step>".
// Takes the place off `field`, leaving the step code (or nothing).
std::optional<std::size_t> take_batch_place(std::string& field) {
  constexpr std::string_view kPlace = "dossiers[";
  auto close = field.find(']');
  if (!field.starts_with(kPlace) || close == std::string::npos) return std::nullopt;
  std::size_t place = 0;
  const char* first = field.data() + kPlace.size();
  const char* last = field.data() + close;
  if (auto [end, error] = std::from_chars(first, last, place); error != std::errc{} || end != last)
    return std::nullopt;
  field.erase(0, close + 1);
  if (field.starts_with('.')) field.erase(0, 1);
  return place;
}

// The answer names the request's fields ("dossier_ids[i]", "step.date") and each reason's
// dossier by id.
Response batch_refused(const Error& error, const std::vector<app::DossierId>& ids) {
  Problem problem = to_problem(error);
  if (auto place = take_batch_place(problem.field))
    problem.field = fmt::format("dossier_ids[{}]", *place);
  else if (!problem.field.empty())
    problem.field = path_of("step", problem.field);
  for (RuleProblem& reason : problem.problems)
    if (auto place = take_batch_place(reason.step); place && *place < ids.size())
      reason.dossier_id = ids[*place].value;
  return problem_response(problem);
}

Response record_batch(const RequestContext& context) {
  auto body = json_object_body(context.request);
  if (!body) return problem_response(body.error());
  auto ids = read_dossier_ids(take(*body, "dossier_ids"));
  if (!ids) return problem_response(ids.error());
  auto step_value = take(*body, "step");
  if (step_value.is_null()) return problem_response(missing("step"));
  if (auto rest = read_object(*body, "", [](JsonBody&) {}); !rest) return problem_response(rest.error());
  auto step = read_step(step_value, "step");
  if (!step) return problem_response(step.error());
  auto outcome = context.dossiers.record_batch(context.caller(), *ids, *step);
  if (!outcome) return batch_refused(outcome.error(), *ids);
  return json_response(batch_json(*outcome), 201);
}

Response worklist(const RequestContext& context) {
  std::optional<OrgId> org;
  std::optional<Date> as_of;
  auto read = read_query(context.request, [&](QueryReader& params) {
    org = org_param(params);
    as_of = params.date("as_of", "Ngày tính hạn");
  });
  if (!read) return problem_response(read.error());
  return respond(context.dossiers.worklist(context.caller(), org, as_of.value_or(today_in_vietnam())),
                 [](const auto& items) { return items_json(items, work_item_json); });
}

Response pipeline_stats(const RequestContext& context) {
  std::optional<OrgId> org;
  auto read = read_query(context.request, [&](QueryReader& params) { org = org_param(params); });
  if (!read) return problem_response(read.error());
  return respond(context.dossiers.stats(context.caller(), org), stats_json);
}

Response admission_stats(const RequestContext& context) {
  std::optional<OrgId> org;
  std::optional<Date> from, to;
  auto read = read_query(context.request, [&](QueryReader& params) {
    org = org_param(params);
    from = params.date("from", "Từ ngày");
    to = params.date("to", "Đến ngày");
  });
  if (!read) return problem_response(read.error());
  return respond(context.dossiers.admissions(context.caller(), org, from, to, today_in_vietnam()), admissions_json);
}

}  // namespace

void add_dossier_routes(Router& router) {
  router.add("GET", "/api/v1/dossiers", Access::signed_in, list_dossiers);
  router.add("POST", "/api/v1/dossiers", Access::signed_in, open_dossier);
  router.add("GET", "/api/v1/dossiers/{id}", Access::signed_in, get_dossier);
  router.add("PATCH", "/api/v1/dossiers/{id}", Access::signed_in, update_dossier);
  router.add("POST", "/api/v1/dossiers/{id}/steps", Access::signed_in, record_step);
  router.add("POST", "/api/v1/dossiers/{id}/notes", Access::signed_in, add_note);
  router.add("POST", "/api/v1/batches", Access::signed_in, record_batch);
  router.add("GET", "/api/v1/worklist", Access::signed_in, worklist);
  router.add("GET", "/api/v1/stats/pipeline", Access::signed_in, pipeline_stats);
  router.add("GET", "/api/v1/stats/admissions", Access::signed_in, admission_stats);
}

}  // namespace ketnap::http
