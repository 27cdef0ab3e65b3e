// The SQLite backend: one writer connection behind a mutex (SQLite allows one writer at a
// time; queuing here is cheaper than retrying on SQLITE_BUSY) and a pool of reader
// connections, which WAL lets run alongside the writer on consistent snapshots.
#include <sqlite3.h>

#include <mutex>
#include <unordered_map>

#include <fmt/format.h>

#include "store/database.hpp"

namespace ketnap::store {
namespace {

class SqliteConnection final : public Connection {
 public:
  using Connection::execute;
  using Connection::query;

  explicit SqliteConnection(const std::string& path) {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      std::string message = db_ ? sqlite3_errmsg(db_) : "không đủ bộ nhớ";
      sqlite3_close(db_);
      throw DatabaseError(fmt::format("Không mở được cơ sở dữ liệu {}: {}", path, message));
    }
    sqlite3_extended_result_codes(db_, 1);
    // WAL: readers never block the writer. synchronous=FULL: a commit is on disk before
    // it is acknowledged, so nothing acknowledged is lost on a crash or power cut.
    execute_script(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
        "PRAGMA busy_timeout=10000;");
  }

  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  std::vector<Row> query(std::string_view sql, std::span<const Value> params) override {
    sqlite3_stmt* stmt = prepare(sql, params);
    std::vector<Row> rows;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) rows.push_back(read_row(stmt));
    finish(stmt, rc, sql);
    return rows;
  }

  std::int64_t execute(std::string_view sql, std::span<const Value> params) override {
    sqlite3_stmt* stmt = prepare(sql, params);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    finish(stmt, rc, sql);
    return sqlite3_changes64(db_);
  }

  void execute_script(std::string_view sql) override {
    char* error = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "lỗi không rõ";
      sqlite3_free(error);
      throw DatabaseError(fmt::format("SQL lỗi: {}", message));
    }
  }

 private:
  sqlite3_stmt* prepare(std::string_view sql, std::span<const Value> params) {
    auto [it, inserted] = statements_.try_emplace(std::string(sql), nullptr);
    if (inserted) {
      if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                             SQLITE_PREPARE_PERSISTENT, &it->second, nullptr) != SQLITE_OK) {
        statements_.erase(it);
        throw DatabaseError(fmt::format("SQL lỗi: {} — {}", sqlite3_errmsg(db_), sql));
      }
    }
    sqlite3_stmt* stmt = it->second;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (std::size_t i = 0; i < params.size(); ++i) bind(stmt, i + 1, params[i]);
    return stmt;
  }

  // Parameters are written $1..$n in portable SQL and bound here by name.
  void bind(sqlite3_stmt* stmt, std::size_t number, const Value& value) {
    std::string name = fmt::format("${}", number);
    int index = sqlite3_bind_parameter_index(stmt, name.c_str());
    if (index == 0) return;
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::monostate>) sqlite3_bind_null(stmt, index);
          else if constexpr (std::is_same_v<T, std::int64_t>) sqlite3_bind_int64(stmt, index, v);
          else if constexpr (std::is_same_v<T, double>) sqlite3_bind_double(stmt, index, v);
          else if constexpr (std::is_same_v<T, std::string>)
            sqlite3_bind_text(stmt, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
          else
            sqlite3_bind_blob(stmt, index, v.bytes.data(), static_cast<int>(v.bytes.size()),
                              SQLITE_TRANSIENT);
        },
        value);
  }

  static Row read_row(sqlite3_stmt* stmt) {
    int n = sqlite3_column_count(stmt);
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
      switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_NULL: values.emplace_back(std::monostate{}); break;
        case SQLITE_INTEGER: values.emplace_back(sqlite3_column_int64(stmt, i)); break;
        case SQLITE_FLOAT: values.emplace_back(sqlite3_column_double(stmt, i)); break;
        case SQLITE_BLOB: {
          const char* data = static_cast<const char*>(sqlite3_column_blob(stmt, i));
          values.emplace_back(Blob{std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)))});
          break;
        }
        default: {
          const char* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
          values.emplace_back(std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i))));
        }
      }
    }
    return Row(std::move(values));
  }

  void finish(sqlite3_stmt* stmt, int rc, std::string_view sql) {
    sqlite3_reset(stmt);
    if (rc == SQLITE_DONE) return;
    std::string message = fmt::format("{} — {}", sqlite3_errmsg(db_), sql);
    if ((rc & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(message);
    throw DatabaseError(message);
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(std::string path) : path_(std::move(path)), writer_(path_) {}

  void read(const std::function<void(Connection&)>& work) override {
    std::unique_ptr<SqliteConnection> conn = take_reader();
    conn->execute("BEGIN");
    try {
      work(*conn);
      conn->execute("COMMIT");
    } catch (...) {
      conn->execute("ROLLBACK");
      give_back(std::move(conn));
      throw;
    }
    give_back(std::move(conn));
  }

  void write(const std::function<Commit(Connection&)>& work) override {
    std::lock_guard lock(write_mutex_);
    writer_.execute("BEGIN IMMEDIATE");
    try {
      if (work(writer_) == Commit::yes) writer_.execute("COMMIT");
      else writer_.execute("ROLLBACK");
    } catch (...) {
      writer_.execute("ROLLBACK");
      throw;
    }
  }

  std::string_view backend() const override { return "sqlite"; }

 private:
  std::unique_ptr<SqliteConnection> take_reader() {
    {
      std::lock_guard lock(readers_mutex_);
      if (!readers_.empty()) {
        auto conn = std::move(readers_.back());
        readers_.pop_back();
        return conn;
      }
    }
    return std::make_unique<SqliteConnection>(path_);
  }

  void give_back(std::unique_ptr<SqliteConnection> conn) {
    std::lock_guard lock(readers_mutex_);
    readers_.push_back(std::move(conn));
  }

  std::string path_;
  SqliteConnection writer_;
  std::mutex write_mutex_;
  std::mutex readers_mutex_;
  std::vector<std::unique_ptr<SqliteConnection>> readers_;
};

}  // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path) {
  return std::make_unique<SqliteDatabase>(path);
}

}  // namespace ketnap::store
