#include <fmt/format.h>

#include "store/store.hpp"

namespace ketnap::store {

void insert_audit(Connection& c, const AuditEntry& e, std::string_view org_path) {
  c.execute(
      "INSERT INTO audit (id, at, user_id, username, action, entity, entity_id, org_path, "
      "before_json, after_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {e.id, e.at, e.user ? Value{e.user->value} : Value{}, e.username, e.action, e.entity,
       e.entity_id, std::string(org_path), e.before_json, e.after_json});
}

Found<AuditEntry> search_audit(Connection& c, const AuditFilter& f) {
  auto [low, high] = path_range(f.scope_path);
  std::string where = "org_path >= $1 AND org_path < $2 AND ($3 = '' OR entity = $3) AND ($4 = 0 OR entity_id = $5)";
  std::vector<Value> params{low, high, f.entity, std::int64_t{f.entity_id.has_value()},
                            f.entity_id.value_or(0)};
  auto page = select_page(c, "id, at, user_id, username, action, entity, entity_id, before_json, after_json",
                          "FROM audit WHERE " + where, "id DESC", std::move(params), f.window);
  Found<AuditEntry> found{{}, page.total};
  for (const Row& r : page.rows) {
    AuditEntry e;
    e.id = r.integer(0);
    e.at = r.text(1);
    if (auto user = r.optional_integer(2)) e.user = UserId{*user};
    e.username = r.text(3);
    e.action = r.text(4);
    e.entity = r.text(5);
    e.entity_id = r.integer(6);
    e.before_json = r.text(7);
    e.after_json = r.text(8);
    found.rows.push_back(std::move(e));
  }
  return found;
}

}  // namespace ketnap::store
