// GET /api/v1/health, GET /api/openapi.json and GET /api/v1/audit.
#include "http/openapi.hpp"
#include "http/routes.hpp"

namespace ketnap::http {
namespace {

Response health(const RequestContext& context) {
  return json_response({{"status", "ok"},
                        {"version", context.options.version},
                        {"database", context.options.database_backend}});
}

Response openapi(const RequestContext&) {
  Response response;
  response.content_type = "application/json";
  response.body = std::string(openapi_document());
  return response;
}

std::optional<std::string> audited_entity(std::string_view code) {
  for (std::string_view entity : {"org", "person", "user", "membership", "dossier", "calendar"}) {
    if (code == entity) return std::string(entity);
  }
  return std::nullopt;
}

boost::json::object audit_entry_json(const app::AuditEntry& entry) {
  return {{"id", entry.id},
          {"at", entry.at},
          {"user_id", entry.user ? boost::json::value(entry.user->value) : nullptr},
          {"username", entry.username},
          {"action", entry.action},
          {"entity", entry.entity},
          {"entity_id", entry.entity_id},
          {"before", embedded_json(entry.before_json)},
          {"after", embedded_json(entry.after_json)}};
}

Response list_audit(const RequestContext& context) {
  app::AuditQuery query;
  auto read = read_query(context.request, [&](QueryReader& params) {
    query.entity = params.choice<std::string>("entity", audited_entity).value_or("");
    query.entity_id = params.id("entity_id");
    query.page = params.page();
  });
  if (!read) return problem_response(read.error());
  return respond(context.service.list_audit(context.caller(), query),
                 [](const auto& paged) { return paged_json(paged, audit_entry_json); });
}

}  // namespace

void add_system_routes(Router& router) {
  router.add("GET", "/api/v1/health", Access::open, health);
  router.add("GET", "/api/openapi.json", Access::open, openapi);
  router.add("GET", "/api/v1/audit", Access::signed_in, list_audit);
}

}  // namespace ketnap::http
