// Strict reading of request input. A JSON body must be an object whose every field is
// known, of the right type, and present when required; a query string is read the same
// way except that unknown parameters are ignored. Readers collect the first problem and
// hand it out at finish(), so a handler reads all its fields straight through and checks
// once, before calling the use case: an error changes nothing.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <expected>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "app/app.hpp"
#include "core/date.hpp"
#include "http/message.hpp"
#include "http/problem.hpp"

namespace ketnap::http {

enum class Presence { optional, required };

template <class T>
using Parsed = std::expected<T, Problem>;

// "The value of `field` is not one of the known codes."
Problem bad_choice(std::string_view field);

// The first problem met while reading; later ones are dropped.
class ProblemCollector {
 public:
  void report(Problem problem);
  bool failed() const { return first_.has_value(); }
  std::expected<void, Problem> status() const;

 private:
  std::optional<Problem> first_;
};

class JsonBody {
 public:
  // 415 unless the body is JSON, 400 unless it is a JSON object. An empty body reads as {}.
  static Parsed<JsonBody> parse(const Request& request);

  // Each getter returns nothing when the field is absent or null, or on a problem.
  std::optional<std::string> text(std::string_view field, Presence presence = Presence::optional);
  std::optional<bool> boolean(std::string_view field, Presence presence = Presence::optional);
  std::optional<int> integer(std::string_view field, Presence presence = Presence::optional);
  // `label` names the date in the message, e.g. "Ngày sinh".
  std::optional<Date> date(std::string_view field, std::string_view label,
                           Presence presence = Presence::optional);
  // A positive integer id, as the strong type IdType (OrgId, PersonId, ...).
  template <class IdType>
  std::optional<IdType> id(std::string_view field, Presence presence = Presence::optional) {
    if (auto value = raw_id(field, presence)) return IdType{*value};
    return std::nullopt;
  }
  // One of a set of codes, turned into a value by `parse` (e.g. parse_org_type).
  template <class Value, class Parse>
  std::optional<Value> choice(std::string_view field, Parse parse, Presence presence = Presence::optional) {
    auto code = text(field, presence);
    if (!code) return std::nullopt;
    if (auto value = parse(*code)) return *value;
    problems_.report(bad_choice(field));
    return std::nullopt;
  }
  // True when the field is present with the value null (used to clear a value).
  bool is_null(std::string_view field);

  // The first problem met, else a problem naming a field nobody asked for.
  std::expected<void, Problem> finish() const;

 private:
  explicit JsonBody(boost::json::object object) : object_(std::move(object)) {}
  const boost::json::value* take(std::string_view field, Presence presence);
  std::optional<std::int64_t> raw_id(std::string_view field, Presence presence);

  boost::json::object object_;
  std::set<std::string, std::less<>> asked_;
  ProblemCollector problems_;
};

class QueryReader {
 public:
  explicit QueryReader(const QueryParams& params) : params_(params) {}

  std::string text(std::string_view name);  // "" when absent
  std::optional<std::int64_t> id(std::string_view name);
  bool flag(std::string_view name);  // "true" | "false" | absent (false)
  std::optional<Date> date(std::string_view name, std::string_view label);
  app::PageRequest page();  // page >= 1, page_size 1..500
  template <class Value, class Parse>
  std::optional<Value> choice(std::string_view name, Parse parse) {
    auto code = text(name);
    if (code.empty()) return std::nullopt;
    if (auto value = parse(code)) return *value;
    problems_.report(bad_choice(name));
    return std::nullopt;
  }

  std::expected<void, Problem> finish() const { return problems_.status(); }

 private:
  const std::string* find(std::string_view name) const;
  std::optional<std::int64_t> number(std::string_view name, std::int64_t min, std::int64_t max,
                                     std::string_view expectation);

  const QueryParams& params_;
  ProblemCollector problems_;
};

// The body as a JSON object, for the bodies app reads itself (pipeline_json): the same 415
// and 400 as JsonBody::parse; an empty body reads as {}.
Parsed<boost::json::object> json_object_body(const Request& request);

// Parses the body and lets `fill` read its fields into the use case's input.
template <class Fill>
std::expected<void, Problem> read_json(const Request& request, Fill&& fill) {
  auto body = JsonBody::parse(request);
  if (!body) return std::unexpected(body.error());
  fill(*body);
  return body->finish();
}

// Lets `fill` read the query parameters into the use case's input.
template <class Fill>
std::expected<void, Problem> read_query(const Request& request, Fill&& fill) {
  QueryReader query(request.query);
  fill(query);
  return query.finish();
}

// The integer id in a path segment such as "/orgs/{id}"; nothing when it is not one.
std::optional<std::int64_t> path_id(std::string_view segment);

}  // namespace ketnap::http
