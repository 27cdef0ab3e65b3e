// The HTTP request and response as the handlers see them: plain structs with no Beast in
// sight, so that everything but server.cpp compiles fast and is tested without sockets.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ketnap::http {

using QueryParams = std::vector<std::pair<std::string, std::string>>;

struct Request {
  std::string method;        // "GET", "POST", ...
  std::string path;          // percent-decoded, without the query
  QueryParams query;         // percent-decoded, '+' read as a space, in order of appearance
  std::string cookie;        // the raw Cookie header
  std::string csrf_token;    // X-CSRF-Token
  std::string content_type;  // Content-Type
  std::string body;
  std::string client_address;  // the peer's IP address, for login rate limits
};

struct Response {
  int status = 200;
  std::string content_type;  // empty: no body type (e.g. 204)
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void set_header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
};

// Splits a request target ("/api/v1/orgs?q=ha%20noi") into its decoded path and query.
// Returns nothing for a target that is not a valid URL with an absolute path.
struct Target {
  std::string path;
  QueryParams query;
};
std::optional<Target> parse_target(std::string_view target);

// The value of one cookie in a Cookie header, or nothing.
std::optional<std::string_view> cookie_value(std::string_view cookie_header, std::string_view name);

// True for "/api" and every path below "/api/".
bool is_api_path(std::string_view path);

}  // namespace ketnap::http
