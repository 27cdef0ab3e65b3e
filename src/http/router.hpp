// A small router: a method and a path pattern whose segments are literal or "{name}"
// placeholders. It tells a path that no route knows (404) from a method that the path does
// not accept (405), and lists its routes so a test can hold them against api/openapi.json.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace ketnap::http {

struct RequestContext;  // what a handler gets: see http/routes.hpp
using Handler = std::function<Response(const RequestContext&)>;

// Who may call a route.
enum class Access {
  open,       // anyone: health, login, the OpenAPI document
  signed_in,  // a valid session cookie; writes also need the CSRF token
};

using PathParams = std::map<std::string, std::string, std::less<>>;

struct Route {
  std::string method;
  std::string pattern;  // e.g. "/api/v1/orgs/{id}/children"
  Access access = Access::signed_in;
  Handler handler;
};

struct RouteMatch {
  enum class Outcome { found, no_such_path, method_not_allowed };
  Outcome outcome = Outcome::no_such_path;
  const Route* route = nullptr;      // when found
  PathParams params;                 // when found
  std::vector<std::string> allowed;  // when method_not_allowed: the methods the path accepts
};

class Router {
 public:
  void add(std::string method, std::string pattern, Access access, Handler handler);
  RouteMatch match(std::string_view method, std::string_view path) const;
  const std::vector<Route>& routes() const& { return routes_; }
  // A temporary router's routes would dangle (e.g. in `for (auto& r : api_routes().routes())`).
  const std::vector<Route>& routes() const&& = delete;

 private:
  std::vector<Route> routes_;
};

}  // namespace ketnap::http
