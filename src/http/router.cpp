#include "http/router.hpp"

#include <optional>
#include <stdexcept>

namespace ketnap::http {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> segments;
  if (path.starts_with('/')) path.remove_prefix(1);
  while (true) {
    auto slash = path.find('/');
    segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

bool is_placeholder(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// The placeholder values when `path` fits `pattern`, or nothing.
std::optional<PathParams> fit(std::string_view pattern, std::string_view path) {
  auto wanted = split_path(pattern);
  auto given = split_path(path);
  if (wanted.size() != given.size()) return std::nullopt;
  PathParams params;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (is_placeholder(wanted[i])) {
      if (given[i].empty()) return std::nullopt;
      params.emplace(wanted[i].substr(1, wanted[i].size() - 2), given[i]);
    } else if (wanted[i] != given[i]) {
      return std::nullopt;
    }
  }
  return params;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Access access, Handler handler) {
  if (!pattern.starts_with('/')) throw std::invalid_argument("route pattern must start with /");
  routes_.push_back({std::move(method), std::move(pattern), access, std::move(handler)});
}

RouteMatch Router::match(std::string_view method, std::string_view path) const {
  RouteMatch result;
  for (const auto& route : routes_) {
    auto params = fit(route.pattern, path);
    if (!params) continue;
    if (route.method == method) {
      result.outcome = RouteMatch::Outcome::found;
      result.route = &route;
      result.params = std::move(*params);
      result.allowed.clear();
      return result;
    }
    result.outcome = RouteMatch::Outcome::method_not_allowed;
    result.allowed.push_back(route.method);
  }
  return result;
}

}  // namespace ketnap::http
