#include "http/site.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include <exception>

#include "app/app.hpp"
#include "app/dossiers.hpp"
#include "app/password.hpp"
#include "http/routes.hpp"
#include "http/static_files.hpp"

namespace ketnap::http {
namespace {

bool changes_state(std::string_view method) {
  return method == "POST" || method == "PATCH" || method == "PUT" || method == "DELETE";
}

Response method_not_allowed_response(const std::vector<std::string>& allowed) {
  auto response = problem_response(method_not_allowed());
  response.set_header("Allow", fmt::format("{}", fmt::join(allowed, ", ")));
  return response;
}

// A stale or forged cookie is dropped so that the browser stops sending it.
Response refused_session(const Error& error) {
  auto response = problem_response(error);
  if (error.code == ErrorCode::unauthenticated) {
    response.set_header("Set-Cookie", session_cookie_header("", std::chrono::seconds{0}));
  }
  return response;
}

std::optional<Problem> csrf_problem(const Request& request, const app::Session& session) {
  if (!changes_state(request.method)) return std::nullopt;
  if (request.csrf_token.empty()) {
    return Problem{ProblemKind::forbidden, "Thiếu mã chống giả mạo yêu cầu (X-CSRF-Token)."};
  }
  if (!app::constant_time_equal(request.csrf_token, session.csrf)) {
    return Problem{ProblemKind::forbidden, "Mã chống giả mạo yêu cầu (X-CSRF-Token) không đúng."};
  }
  return std::nullopt;
}

}  // namespace

Site::Site(app::Service& service, const ServerOptions& options)
    : service_(service),
      dossiers_(std::make_unique<app::Dossiers>(service)),
      options_(options),
      router_(api_routes()) {}

Site::~Site() = default;

Response Site::handle(const Request& request) const {
  Response response;
  try {
    response = is_api_path(request.path) ? handle_api(request) : serve_static(options_.web_root, request);
  } catch (const std::exception& error) {
    spdlog::error("{} {} failed: {}", request.method, request.path, error.what());
    response = problem_response(internal_error());
  } catch (...) {
    spdlog::error("{} {} failed with an unknown exception", request.method, request.path);
    response = problem_response(internal_error());
  }
  add_standard_headers(response, request.path);
  return response;
}

Response Site::handle_api(const Request& request) const {
  auto match = router_.match(request.method, request.path);
  switch (match.outcome) {
    case RouteMatch::Outcome::found:
      return call(*match.route, match.params, request);
    case RouteMatch::Outcome::method_not_allowed:
      return method_not_allowed_response(match.allowed);
    case RouteMatch::Outcome::no_such_path:
      break;
  }
  return problem_response(not_found_problem("Không có đường dẫn API này."));
}

Response Site::call(const Route& route, const PathParams& params, const Request& request) const {
  if (route.access == Access::open) {
    return route.handler(RequestContext{request, params, service_, *dossiers_, options_});
  }
  auto token = cookie_value(request.cookie, kSessionCookie);
  if (!token || token->empty()) {
    return problem_response(Problem{ProblemKind::unauthenticated, "Bạn cần đăng nhập."});
  }
  auto session = service_.resume(*token);
  if (!session) return refused_session(session.error());
  if (auto problem = csrf_problem(request, *session)) return problem_response(*problem);
  return route.handler(RequestContext{request, params, service_, *dossiers_, options_, &*session});
}

// The web UI loads nothing from elsewhere and talks only to this server: a page that tried
// (an injected script, a CDN) is stopped by the browser. Inline styles stay allowed because
// Ant Design writes its CSS-in-JS into <style> elements.
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'";

void add_standard_headers(Response& response, std::string_view path) {
  response.set_header("Content-Security-Policy", std::string(kContentSecurityPolicy));
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "same-origin");
  response.set_header("X-Frame-Options", "DENY");
  if (is_api_path(path)) response.set_header("Cache-Control", "no-store");
}

}  // namespace ketnap::http
