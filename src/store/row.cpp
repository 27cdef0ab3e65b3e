#include "store/database.hpp"

#include <fmt/format.h>

namespace ketnap::store {

std::int64_t Row::integer(std::size_t i) const {
  if (const auto* v = std::get_if<std::int64_t>(&values_.at(i))) return *v;
  if (const auto* d = std::get_if<double>(&values_.at(i))) return static_cast<std::int64_t>(*d);
  throw DatabaseError(fmt::format("cột {} không phải số nguyên", i));
}

double Row::real(std::size_t i) const {
  if (const auto* d = std::get_if<double>(&values_.at(i))) return *d;
  return static_cast<double>(integer(i));
}

std::string Row::text(std::size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* b = std::get_if<Blob>(&v)) return b->bytes;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  return {};
}

std::optional<std::string> Row::optional_text(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

std::optional<std::int64_t> Row::optional_integer(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return integer(i);
}

}  // namespace ketnap::store
