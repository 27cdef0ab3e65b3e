#include <fmt/format.h>

#include "store/store.hpp"

namespace ketnap::store {

std::int64_t next_id(Connection& c) {
  auto row = c.query_one(
      "UPDATE id_sequence SET next_value = next_value + 1 WHERE name = 'global' "
      "RETURNING next_value - 1");
  if (!row) throw DatabaseError("id_sequence trống: cơ sở dữ liệu chưa được migrate");
  return row->integer(0);
}

std::pair<std::string, std::string> path_range(std::string_view scope) {
  std::string high(scope);
  high.back() = static_cast<char>(high.back() + 1);  // '/' + 1 == '0'
  return {std::string(scope), high};
}

Found<Row> select_page(Connection& c, std::string_view columns, std::string_view from_where,
                       std::string_view order, std::vector<Value> params, Window window) {
  Found<Row> found;
  found.total = c.query(fmt::format("SELECT count(*) {}", from_where), params).front().integer(0);
  params.push_back(window.limit);
  params.push_back(window.offset);
  found.rows = c.query(fmt::format("SELECT {} {} ORDER BY {} LIMIT ${} OFFSET ${}", columns, from_where,
                                   order, params.size() - 1, params.size()),
                       params);
  return found;
}

std::string like_pattern(std::string_view word) {
  std::string out = "%";
  for (char ch : word) {
    if (ch == '%' || ch == '_' || ch == '\\') out += '\\';
    out += ch;
  }
  out += '%';
  return out;
}

}  // namespace ketnap::store
