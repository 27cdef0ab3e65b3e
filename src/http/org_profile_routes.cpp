// /api/v1/orgs/{id}/profile: what the pipeline knows of an organization beyond the tree
// (unions, the đảng ủy's size, settings of RULES.md §11), read and replaced whole.
#include "app/dossiers.hpp"
#include "app/pipeline_json.hpp"
#include "http/routes.hpp"

namespace ketnap::http {
namespace {

Response org_not_found() { return problem_response(not_found_problem("Không tìm thấy tổ chức đảng.")); }

boost::json::object profile_json(const app::OrgProfileView& view) { return app::to_json(view); }

Response get_profile(const RequestContext& context) {
  auto id = id_param<OrgId>(context);
  if (!id) return org_not_found();
  return respond(context.dossiers.org_profile(context.caller(), *id), profile_json);
}

Response put_profile(const RequestContext& context) {
  auto id = id_param<OrgId>(context);
  if (!id) return org_not_found();
  auto body = json_object_body(context.request);
  if (!body) return problem_response(body.error());
  auto profile = app::org_profile_from_json(*body, app::UnknownFields::refuse);
  if (!profile) return problem_response(to_problem(profile.error()));
  return respond(context.dossiers.set_org_profile(context.caller(), *id, *profile), profile_json);
}

}  // namespace

void add_org_profile_routes(Router& router) {
  router.add("GET", "/api/v1/orgs/{id}/profile", Access::signed_in, get_profile);
  router.add("PUT", "/api/v1/orgs/{id}/profile", Access::signed_in, put_profile);
}

}  // namespace ketnap::http
