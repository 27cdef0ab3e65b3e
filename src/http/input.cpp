#include "http/input.hpp"

#include <fmt/format.h>

#include <boost/json/parse.hpp>
#include <cctype>
#include <charconv>
#include <limits>

namespace ketnap::http {
namespace json = boost::json;
namespace {

bool is_json_media_type(std::string_view content_type) {
  auto media_type = content_type.substr(0, content_type.find(';'));
  while (!media_type.empty() && media_type.back() == ' ') media_type.remove_suffix(1);
  constexpr std::string_view kJson = "application/json";
  if (media_type.size() != kJson.size()) return false;
  for (std::size_t i = 0; i < kJson.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(media_type[i])) != kJson[i]) return false;
  }
  return true;
}

Problem wrong_type(std::string_view field, std::string_view expectation) {
  return invalid_field(std::string(field), fmt::format("Trường \"{}\" phải là {}.", field, expectation));
}

Problem bad_date(std::string_view field, std::string_view label) {
  return invalid_field(std::string(field), fmt::format("{} phải có dạng YYYY-MM-DD.", label));
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

Problem bad_choice(std::string_view field) {
  return invalid_field(std::string(field), fmt::format("Giá trị của \"{}\" không hợp lệ.", field));
}

// ---- ProblemCollector -------------------------------------------------------------------

void ProblemCollector::report(Problem problem) {
  if (!first_) first_ = std::move(problem);
}

std::expected<void, Problem> ProblemCollector::status() const {
  if (first_) return std::unexpected(*first_);
  return {};
}

// ---- JsonBody ---------------------------------------------------------------------------

Parsed<JsonBody> JsonBody::parse(const Request& request) {
  if (request.body.empty()) return JsonBody(json::object{});
  if (!is_json_media_type(request.content_type)) return std::unexpected(unsupported_media_type());
  boost::system::error_code error;
  auto value = json::parse(request.body, error);
  if (error) return std::unexpected(malformed_json());
  if (!value.is_object()) {
    return std::unexpected(Problem{ProblemKind::invalid, "Nội dung gửi lên phải là một đối tượng JSON."});
  }
  return JsonBody(std::move(value.as_object()));
}

const json::value* JsonBody::take(std::string_view field, Presence presence) {
  asked_.emplace(field);
  const auto* value = object_.if_contains(field);
  if (value && !value->is_null()) return value;
  if (presence == Presence::required) {
    problems_.report(invalid_field(std::string(field), fmt::format("Thiếu trường bắt buộc \"{}\".", field)));
  }
  return nullptr;
}

bool JsonBody::is_null(std::string_view field) {
  asked_.emplace(field);
  const auto* value = object_.if_contains(field);
  return value && value->is_null();
}

std::optional<std::string> JsonBody::text(std::string_view field, Presence presence) {
  const auto* value = take(field, presence);
  if (!value) return std::nullopt;
  if (!value->is_string()) {
    problems_.report(wrong_type(field, "chuỗi ký tự"));
    return std::nullopt;
  }
  return std::string(value->as_string());
}

std::optional<bool> JsonBody::boolean(std::string_view field, Presence presence) {
  const auto* value = take(field, presence);
  if (!value) return std::nullopt;
  if (!value->is_bool()) {
    problems_.report(wrong_type(field, "true hoặc false"));
    return std::nullopt;
  }
  return value->as_bool();
}

std::optional<int> JsonBody::integer(std::string_view field, Presence presence) {
  const auto* value = take(field, presence);
  if (!value) return std::nullopt;
  auto number = value->is_int64() ? std::optional(value->as_int64()) : std::nullopt;
  if (!number || *number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max()) {
    problems_.report(wrong_type(field, "một số nguyên"));
    return std::nullopt;
  }
  return static_cast<int>(*number);
}

std::optional<std::int64_t> JsonBody::raw_id(std::string_view field, Presence presence) {
  const auto* value = take(field, presence);
  if (!value) return std::nullopt;
  if (!value->is_int64() || value->as_int64() <= 0) {
    problems_.report(wrong_type(field, "một mã số nguyên dương"));
    return std::nullopt;
  }
  return value->as_int64();
}

std::optional<Date> JsonBody::date(std::string_view field, std::string_view label, Presence presence) {
  const auto* value = take(field, presence);
  if (!value) return std::nullopt;
  auto date = value->is_string() ? parse_iso_date(value->as_string()) : std::nullopt;
  if (!date) problems_.report(bad_date(field, label));
  return date;
}

std::expected<void, Problem> JsonBody::finish() const {
  if (problems_.failed()) return problems_.status();
  for (const auto& entry : object_) {
    if (!asked_.contains(entry.key())) {
      auto field = std::string(entry.key());
      auto detail = fmt::format("Trường \"{}\" không được hỗ trợ.", field);
      return std::unexpected(invalid_field(std::move(field), std::move(detail)));
    }
  }
  return {};
}

// ---- QueryReader ------------------------------------------------------------------------

const std::string* QueryReader::find(std::string_view name) const {
  for (const auto& [key, value] : params_) {
    if (key == name) return &value;
  }
  return nullptr;
}

std::string QueryReader::text(std::string_view name) {
  const auto* value = find(name);
  return value ? *value : std::string();
}

std::optional<std::int64_t> QueryReader::number(std::string_view name, std::int64_t min, std::int64_t max,
                                                std::string_view expectation) {
  const auto* text = find(name);
  if (!text) return std::nullopt;
  auto value = parse_integer(*text);
  if (!value || *value < min || *value > max) {
    problems_.report(
        invalid_field(std::string(name), fmt::format("Tham số \"{}\" phải là {}.", name, expectation)));
    return std::nullopt;
  }
  return value;
}

std::optional<std::int64_t> QueryReader::id(std::string_view name) {
  return number(name, 1, std::numeric_limits<std::int64_t>::max(), "một mã số nguyên dương");
}

bool QueryReader::flag(std::string_view name) {
  const auto* value = find(name);
  if (!value || *value == "false") return false;
  if (*value == "true") return true;
  problems_.report(
      invalid_field(std::string(name), fmt::format("Tham số \"{}\" phải là true hoặc false.", name)));
  return false;
}

std::optional<Date> QueryReader::date(std::string_view name, std::string_view label) {
  const auto* text = find(name);
  if (!text) return std::nullopt;
  auto date = parse_iso_date(*text);
  if (!date) problems_.report(bad_date(name, label));
  return date;
}

app::PageRequest QueryReader::page() {
  app::PageRequest request;
  if (auto page = number("page", 1, std::numeric_limits<int>::max(), "số nguyên từ 1 trở lên")) {
    request.page = static_cast<int>(*page);
  }
  if (auto size = number("page_size", 1, 500, "số nguyên từ 1 đến 500")) {
    request.page_size = static_cast<int>(*size);
  }
  return request;
}

std::optional<std::int64_t> path_id(std::string_view segment) {
  auto value = parse_integer(segment);
  if (!value || *value <= 0) return std::nullopt;
  return value;
}

Parsed<boost::json::object> json_object_body(const Request& request) {
  if (auto checked = JsonBody::parse(request); !checked) return std::unexpected(checked.error());
  if (request.body.empty()) return boost::json::object{};
  return boost::json::parse(request.body).as_object();
}

}  // namespace ketnap::http
