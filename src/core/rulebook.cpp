#include "core/rulebook.hpp"

#include <algorithm>
#include <stdexcept>

#include <boost/json.hpp>
#include <fmt/format.h>

#include "core/embedded_rules.hpp"

namespace ketnap {
namespace json = boost::json;
namespace {

// A whole number of months or years within [lo, hi], or an error naming the setting.
Result<int> bounded(std::string_view key, const json::value& value, int lo, int hi) {
  if (value.is_int64() && value.as_int64() >= lo && value.as_int64() <= hi) return static_cast<int>(value.as_int64());
  return invalid(fmt::format("settings.{}", key),
                 fmt::format("Thiết lập \"{}\" phải là số nguyên từ {} đến {}.", key, lo, hi));
}

// Reads the settings present in `object` over the defaults.
Result<Settings> read_settings(const json::object& object, Settings settings) {
  for (const auto& [json_key, value] : object) {
    std::string_view key = json_key;
    Result<int> number = 0;
    if (key == "age_precision") {
      if (value == "month") settings.age_precision = AgePrecision::month;
      else if (value == "day") settings.age_precision = AgePrecision::day;
      else return invalid("settings.age_precision", "age_precision phải là \"month\" hoặc \"day\".");
    } else if (key == "certificate_valid_months") {
      number = bounded(key, value, 1, 120);
      settings.certificate_valid_months = number.value_or(0);
    } else if (key == "dossier_valid_months") {
      number = bounded(key, value, 1, 60);
      settings.dossier_valid_months = number.value_or(0);
    } else if (key == "youth_age_max") {
      number = bounded(key, value, 18, 35);
      settings.youth_age_max = number.value_or(0);
    } else if (key == "awareness_exam" && value.is_bool()) {
      settings.awareness_exam = value.as_bool();
    } else if (key == "dang_uy_co_so_authorized" && value.is_bool()) {
      settings.dang_uy_co_so_authorized = value.as_bool();
    } else if (key == "trade_union_two_members_allowed" && value.is_bool()) {
      settings.trade_union_two_members_allowed = value.as_bool();
    } else if (key == "new_member_class_required" && value.is_bool()) {
      settings.new_member_class_required = value.as_bool();
    } else {
      return invalid(fmt::format("settings.{}", key), fmt::format("Thiết lập \"{}\" không có hoặc sai kiểu.", key));
    }
    if (!number) return std::unexpected(number.error());
  }
  return settings;
}

std::string text_of(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace

Result<Settings> parse_settings(const boost::json::object& object, const Settings& defaults) {
  return read_settings(object, defaults);
}

const RuleInfo* RuleSet::find(std::string_view rule_id) const {
  auto it = rules.find(rule_id);
  return it == rules.end() ? nullptr : &it->second;
}

RuleBook::RuleBook(std::vector<RuleSet> sets) : sets_(std::move(sets)) {
  if (sets_.empty()) throw std::invalid_argument("RuleBook needs at least one rule set");
  std::ranges::sort(sets_, {}, &RuleSet::effective_from);
}

const RuleSet& RuleBook::in_force(Date day) const {
  const RuleSet* found = &sets_.front();
  for (const RuleSet& set : sets_)
    if (set.effective_from <= day) found = &set;
  return *found;
}

Result<RuleSet> parse_rule_set(std::string_view text) {
  boost::system::error_code error;
  json::value doc = json::parse(text, error);
  if (error || !doc.is_object()) return invalid("rules", "Tệp quy định không phải JSON hợp lệ.");
  const json::object& o = doc.as_object();
  RuleSet set;
  set.id = text_of(o, "id");
  set.name = text_of(o, "name");
  auto effective = parse_iso_date(text_of(o, "effective_from"));
  if (set.id.empty() || !effective) return invalid("rules", "Tệp quy định thiếu id hoặc effective_from.");
  set.effective_from = *effective;
  if (const json::value* s = o.if_contains("settings"); s && s->is_object()) {
    auto settings = read_settings(s->as_object(), Settings{});
    if (!settings) return std::unexpected(settings.error());
    set.settings = *settings;
  }
  if (const json::value* rules = o.if_contains("rules"); rules && rules->is_array()) {
    for (const json::value& r : rules->as_array()) {
      if (!r.is_object()) continue;
      const json::object& rule = r.as_object();
      RuleInfo info{text_of(rule, "id"), text_of(rule, "clause"), text_of(rule, "title"), false};
      if (const json::value* over = rule.if_contains("overridable"); over && over->is_bool())
        info.overridable = over->as_bool();
      set.rules.emplace(info.id, std::move(info));
    }
  }
  return set;
}

const RuleBook& builtin_rules() {
  static const RuleBook book = [] {
    std::vector<RuleSet> sets;
    for (std::string_view text : embedded_rule_sets()) {
      auto set = parse_rule_set(text);
      if (!set) throw std::runtime_error("rules/ lỗi: " + set.error().message);
      sets.push_back(std::move(*set));
    }
    return RuleBook(std::move(sets));
  }();
  return book;
}

}  // namespace ketnap
