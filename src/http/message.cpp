#include "http/message.hpp"

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

namespace ketnap::http {

std::optional<Target> parse_target(std::string_view target) {
  // Servers must also accept the absolute form ("http://host/path", RFC 9112 §3.2.2).
  auto url = boost::urls::parse_uri_reference(target);
  if (!url || !url->path().starts_with('/')) return std::nullopt;
  Target result;
  result.path = url->path();
  // HTML forms and many clients write spaces in queries as '+'.
  boost::urls::encoding_opts options;
  options.space_as_plus = true;
  for (auto param : url->params(options)) {
    result.query.emplace_back(param.key, param.value);
  }
  return result;
}

std::optional<std::string_view> cookie_value(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    auto end = header.find(';');
    auto pair = header.substr(0, end);
    header = end == std::string_view::npos ? std::string_view{} : header.substr(end + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    auto equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
      return pair.substr(equals + 1);
    }
  }
  return std::nullopt;
}

bool is_api_path(std::string_view path) { return path == "/api" || path.starts_with("/api/"); }

}  // namespace ketnap::http
