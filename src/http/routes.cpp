#include "http/routes.hpp"

#include <boost/json/parse.hpp>

namespace ketnap::http {

Router api_routes() {
  Router router;
  add_system_routes(router);
  add_session_routes(router);
  add_org_routes(router);
  add_person_routes(router);
  add_dossier_routes(router);
  add_calendar_routes(router);
  add_org_profile_routes(router);
  return router;
}

Response json_response(const boost::json::value& body, int status) {
  Response response;
  response.status = status;
  response.content_type = "application/json";
  response.body = boost::json::serialize(body);
  return response;
}

boost::json::value embedded_json(std::string_view text) {
  if (text.empty()) return nullptr;
  boost::system::error_code error;
  auto value = boost::json::parse(text, error);
  // Snapshots are written by app as JSON; should one ever not be, show it as it is.
  if (error) return boost::json::string(text);
  return value;
}

}  // namespace ketnap::http
