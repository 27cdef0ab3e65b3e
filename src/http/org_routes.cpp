// /api/v1/orgs: the organization tree, its changes and its history.
#include "app/json.hpp"
#include "http/routes.hpp"

namespace ketnap::http {
namespace {

Response org_not_found() { return problem_response(not_found_problem("Không tìm thấy tổ chức đảng.")); }

boost::json::object counts_json(const app::OrgCounts& counts, Date as_of) {
  return {{"members", counts.members},
          {"probationary", counts.probationary},
          {"official", counts.official},
          {"temporarily_away", counts.temporarily_away},
          {"staff", counts.staff ? boost::json::value(*counts.staff) : nullptr},
          {"children", counts.children},
          {"chi_bo", counts.chi_bo},
          {"people", counts.people},
          {"as_of", iso(as_of)}};
}

boost::json::object org_view_json(const app::OrgView& view) {
  auto json = app::to_json(view.org);
  boost::json::array ancestors;
  for (const auto& ancestor : view.ancestors) {
    ancestors.push_back(boost::json::object{{"id", ancestor.id.value}, {"name", ancestor.name}});
  }
  json["ancestors"] = std::move(ancestors);
  if (view.counts) json["counts"] = counts_json(*view.counts, view.as_of);
  return json;
}

boost::json::object org_event_json(const app::OrgEvent& event) {
  return {{"id", event.id},
          {"kind", event.kind},
          {"effective_on", iso(event.effective_on)},
          {"before", embedded_json(event.before_json)},
          {"after", embedded_json(event.after_json)},
          {"recorded_at", event.recorded_at},
          {"recorded_by", event.recorded_by}};
}

constexpr std::string_view kEffectiveOn = "Ngày hiệu lực";

Response list_orgs(const RequestContext& context) {
  app::OrgQuery query;
  auto read = read_query(context.request, [&](QueryReader& params) {
    if (auto within = params.id("within")) query.within = OrgId{*within};
    query.q = params.text("q");
    query.type = params.choice<OrgType>("type", parse_org_type);
    query.include_dissolved = params.flag("include_dissolved");
    query.page = params.page();
  });
  if (!read) return problem_response(read.error());
  return respond(context.service.list_orgs(context.caller(), query),
                 [](const auto& paged) { return paged_json(paged, org_view_json); });
}

Response create_org(const RequestContext& context) {
  app::NewOrg org;
  auto read = read_json(context.request, [&](JsonBody& body) {
    org.parent = body.id<OrgId>("parent_id", Presence::required);
    org.name = body.text("name", Presence::required).value_or("");
    org.type = body.choice<OrgType>("type", parse_org_type, Presence::required).value_or(org.type);
    org.category = body.choice<OrgCategory>("category", parse_org_category).value_or(org.category);
    org.staff_count = body.integer("staff_count");
    org.established_on = body.date("established_on", "Ngày thành lập");
  });
  if (!read) return problem_response(read.error());
  return respond(context.service.create_org(context.caller(), org), org_view_json, 201);
}

Response get_org(const RequestContext& context) {
  auto id = id_param<OrgId>(context);
  if (!id) return org_not_found();
  std::optional<Date> as_of;
  auto read = read_query(context.request,
                         [&](QueryReader& params) { as_of = params.date("as_of", "Ngày tính số liệu"); });
  if (!read) return problem_response(read.error());
  return respond(context.service.get_org(context.caller(), *id, as_of), org_view_json);
}

Response update_org(const RequestContext& context) {
  auto id = id_param<OrgId>(context);
  if (!id) return org_not_found();
  app::OrgChanges changes;
  auto read = read_json(context.request, [&](JsonBody& body) {
    changes.name = body.text("name");
    // null clears the category or the staff count.
    if (body.is_null("category"))
      changes.category = OrgCategory::none;
    else
      changes.category = body.choice<OrgCategory>("category", parse_org_category);
    if (body.is_null("staff_count"))
      changes.staff_count.emplace(std::nullopt);
    else if (auto staff = body.integer("staff_count"))
      changes.staff_count.emplace(staff);
    changes.effective_on = body.date("effective_on", kEffectiveOn);
    changes.expected_version = body.integer("version");
  });
  if (!read) return problem_response(read.error());
  return respond(context.service.update_org(context.caller(), *id, changes), org_view_json);
}

Response org_children(const RequestContext& context) {
  auto id = id_param<OrgId>(context);
  if (!id) return org_not_found();
  bool include_dissolved = false;
  auto read = read_query(context.request,
                         [&](QueryReader& params) { include_dissolved = params.flag("include_dissolved"); });
  if (!read) return problem_response(read.error());
  return respond(context.service.children(context.caller(), *id, include_dissolved),
                 [](const auto& orgs) { return items_json(orgs, org_view_json); });
}

Response move_org(const RequestContext& context) {
  auto id = id_param<OrgId>(context);
  if (!id) return org_not_found();
  OrgId parent;
  std::optional<Date> effective_on;
  std::optional<int> version;
  auto read = read_json(context.request, [&](JsonBody& body) {
    parent = body.id<OrgId>("parent_id", Presence::required).value_or(parent);
    effective_on = body.date("effective_on", kEffectiveOn);
    version = body.integer("version");
  });
  if (!read) return problem_response(read.error());
  return respond(context.service.move_org(context.caller(), *id, parent, effective_on, version),
                 org_view_json);
}

Response dissolve_org(const RequestContext& context) {
  auto id = id_param<OrgId>(context);
  if (!id) return org_not_found();
  std::optional<Date> effective_on;
  std::optional<int> version;
  auto read = read_json(context.request, [&](JsonBody& body) {
    effective_on = body.date("effective_on", kEffectiveOn);
    version = body.integer("version");
  });
  if (!read) return problem_response(read.error());
  return respond(context.service.dissolve_org(context.caller(), *id, effective_on, version), org_view_json);
}

Response org_history(const RequestContext& context) {
  auto id = id_param<OrgId>(context);
  if (!id) return org_not_found();
  return respond(context.service.org_history(context.caller(), *id),
                 [](const auto& events) { return items_json(events, org_event_json); });
}

}  // namespace

void add_org_routes(Router& router) {
  router.add("GET", "/api/v1/orgs", Access::signed_in, list_orgs);
  router.add("POST", "/api/v1/orgs", Access::signed_in, create_org);
  router.add("GET", "/api/v1/orgs/{id}", Access::signed_in, get_org);
  router.add("PATCH", "/api/v1/orgs/{id}", Access::signed_in, update_org);
  router.add("GET", "/api/v1/orgs/{id}/children", Access::signed_in, org_children);
  router.add("POST", "/api/v1/orgs/{id}/move", Access::signed_in, move_org);
  router.add("POST", "/api/v1/orgs/{id}/dissolve", Access::signed_in, dissolve_org);
  router.add("GET", "/api/v1/orgs/{id}/history", Access::signed_in, org_history);
}

}  // namespace ketnap::http
