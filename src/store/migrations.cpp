#include "store/migrations.hpp"


namespace ketnap::store {

int migrate(Database& db) {
  int applied = 0;
  db.write([](Connection& c) {
    c.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, "
        "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    return Commit::yes;
  });
  for (const Migration& m : embedded_migrations()) {
    db.write([&](Connection& c) {
      if (c.query_one("SELECT 1 FROM schema_migrations WHERE number = $1", {std::int64_t{m.number}}))
        return Commit::no;
      c.execute_script(m.sql);
      c.execute(
          "INSERT INTO schema_migrations (number, name, applied_at) "
          "VALUES ($1, $2, CURRENT_TIMESTAMP)",
          {std::int64_t{m.number}, std::string(m.name)});
      ++applied;
      return Commit::yes;
    });
  }
  return applied;
}

}  // namespace ketnap::store
