// POST, GET and DELETE /api/v1/session: log in, recover the session, log out.
#include <fmt/format.h>

#include "app/json.hpp"
#include "http/routes.hpp"

namespace ketnap::http {
namespace {

// The window of app's login rate limit (15 minutes): when to try again after a 429.
constexpr std::chrono::seconds kLoginRetryAfter{900};

boost::json::object session_json(const app::Session& session) {
  return {
      {"csrf", session.csrf}, {"user", app::to_json(session.user)}, {"expires_in", session.lifetime.count()}};
}

Response login_refused(const Error& error) {
  auto response = problem_response(error);
  if (error.code == ErrorCode::rate_limited) {
    response.set_header("Retry-After", std::to_string(kLoginRetryAfter.count()));
  }
  return response;
}

Response log_in(const RequestContext& context) {
  std::string username, password;
  auto read = read_json(context.request, [&](JsonBody& body) {
    username = body.text("username", Presence::required).value_or("");
    password = body.text("password", Presence::required).value_or("");
  });
  if (!read) return problem_response(read.error());
  auto session = context.service.login(username, password, context.request.client_address);
  if (!session) return login_refused(session.error());
  auto response = json_response(session_json(*session));
  response.set_header("Set-Cookie", session_cookie_header(session->token, session->lifetime));
  return response;
}

Response current_session(const RequestContext& context) {
  return json_response(session_json(*context.session));
}

Response log_out(const RequestContext& context) {
  auto token = cookie_value(context.request.cookie, kSessionCookie).value_or("");
  if (auto done = context.service.logout(token); !done) return problem_response(done.error());
  Response response;
  response.status = 204;
  response.set_header("Set-Cookie", session_cookie_header("", std::chrono::seconds{0}));
  return response;
}

}  // namespace

std::string session_cookie_header(std::string_view token, std::chrono::seconds max_age) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}", kSessionCookie, token,
                     max_age.count());
}

void add_session_routes(Router& router) {
  router.add("POST", "/api/v1/session", Access::open, log_in);
  router.add("GET", "/api/v1/session", Access::signed_in, current_session);
  router.add("DELETE", "/api/v1/session", Access::signed_in, log_out);
}

}  // namespace ketnap::http
