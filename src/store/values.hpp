// Internal to store: conversions between domain values and SQL values shared by the
// repositories. Dates are ISO text in every backend.
#pragma once

#include <optional>

#include "core/date.hpp"
#include "store/database.hpp"

namespace ketnap::store {

inline Value optional_iso(const std::optional<Date>& date) {
  if (!date) return std::monostate{};
  return iso(*date);
}

inline Value optional_int(const std::optional<int>& value) {
  if (!value) return std::monostate{};
  return std::int64_t{*value};
}

inline std::optional<Date> optional_date(const Row& row, std::size_t i) {
  auto text = row.optional_text(i);
  if (!text) return std::nullopt;
  return parse_iso_date(*text);
}

inline Date date_at(const Row& row, std::size_t i) { return optional_date(row, i).value_or(Date{}); }

}  // namespace ketnap::store
