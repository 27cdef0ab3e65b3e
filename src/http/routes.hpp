// What route handlers share: the context they are called with, and the small helpers that
// turn use-case results into responses. Internal to the http module.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "app/app.hpp"
#include "core/error.hpp"
#include "http/input.hpp"
#include "http/message.hpp"
#include "http/problem.hpp"
#include "http/router.hpp"
#include "http/server.hpp"

namespace ketnap::app {
class Dossiers;
}  // namespace ketnap::app

namespace ketnap::http {

struct RequestContext {
  const Request& request;
  const PathParams& params;
  app::Service& service;
  app::Dossiers& dossiers;  // the development pipeline's use cases, over the same Service
  const ServerOptions& options;
  const app::Session* session = nullptr;  // set on every Access::signed_in route

  const Caller& caller() const { return session->caller; }
};

// Every route of the API, handlers included. Needs no Service: handlers get it per call.
Router api_routes();

// One group of routes each, in their own translation units.
void add_session_routes(Router& router);
void add_org_routes(Router& router);
void add_person_routes(Router& router);
void add_dossier_routes(Router& router);  // dossiers, batches, worklist, pipeline statistics
void add_system_routes(Router& router);   // health, OpenAPI document, audit
void add_calendar_routes(Router& router);
void add_org_profile_routes(Router& router);  // what the pipeline knows of an organization  // the days off of a year, set by an administrator

// The session cookie: HttpOnly, SameSite=Strict, for the whole site. A zero max_age clears it.
inline constexpr std::string_view kSessionCookie = "ketnap_session";
std::string session_cookie_header(std::string_view token, std::chrono::seconds max_age);

Response json_response(const boost::json::value& body, int status = 200);

// The success value as JSON with `status`, or the error as a problem.
template <class T, class ToJson>
Response respond(const Result<T>& result, ToJson&& to_json, int status = 200) {
  if (!result) return problem_response(result.error());
  return json_response(to_json(*result), status);
}

// {"items": [...], "total", "page", "page_size"}
template <class T, class ToJson>
boost::json::object paged_json(const app::Paged<T>& paged, ToJson&& to_json) {
  boost::json::array items;
  for (const auto& item : paged.items) items.push_back(to_json(item));
  return {{"items", std::move(items)},
          {"total", paged.total},
          {"page", paged.page},
          {"page_size", paged.page_size}};
}

// {"items": [...]}, for short lists that are not paged.
template <class Range, class ToJson>
boost::json::object items_json(const Range& range, ToJson&& to_json) {
  boost::json::array items;
  for (const auto& item : range) items.push_back(to_json(item));
  return {{"items", std::move(items)}};
}

// A JSON snapshot stored as text (audit and history before/after), embedded as JSON:
// null when empty.
boost::json::value embedded_json(std::string_view text);

// The {id} of the path as a typed id (OrgId, ...); nothing when it is not a positive integer.
template <class IdType>
std::optional<IdType> id_param(const RequestContext& context) {
  auto text = context.params.find("id");
  if (text == context.params.end()) return std::nullopt;
  if (auto value = path_id(text->second)) return IdType{*value};
  return std::nullopt;
}

}  // namespace ketnap::http
