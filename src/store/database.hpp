// The storage contract: portable SQL over one interface, implemented by a SQLite backend
// today and a PostgreSQL backend later.
//
// SQL given to Connection is portable: parameters are written $1..$n and bound by name,
// no backend-specific functions. Anything dialect-specific stays inside a backend.
//
// Thread safety: a Database is shared by all threads. Each read() or write() call gets a
// connection of its own for the duration of the callback. write() callbacks run one at a
// time (a single writer) inside one transaction: it commits when the callback returns
// normally and rolls back when it throws or asks for a rollback.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ketnap::store {

struct Blob {
  std::string bytes;
};

// A bound parameter or a column value. std::monostate is SQL NULL.
using Value = std::variant<std::monostate, std::int64_t, double, std::string, Blob>;

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  bool is_null(std::size_t i) const { return std::holds_alternative<std::monostate>(values_.at(i)); }
  std::int64_t integer(std::size_t i) const;
  double real(std::size_t i) const;
  std::string text(std::size_t i) const;  // NULL reads as ""
  std::optional<std::string> optional_text(std::size_t i) const;
  std::optional<std::int64_t> optional_integer(std::size_t i) const;
  std::size_t size() const { return values_.size(); }

 private:
  std::vector<Value> values_;
};

// A failure of the database itself (I/O, corruption, a bug in SQL): never a user's fault.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Thrown by a constraint violation, so use cases can turn it into a 409.
class ConstraintError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual std::vector<Row> query(std::string_view sql, std::span<const Value> params) = 0;
  // Returns the number of rows changed.
  virtual std::int64_t execute(std::string_view sql, std::span<const Value> params) = 0;
  // Runs a script of several statements with no parameters (migrations).
  virtual void execute_script(std::string_view sql) = 0;

  std::vector<Row> query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return query(sql, std::span<const Value>(params.begin(), params.size()));
  }
  std::int64_t execute(std::string_view sql, std::initializer_list<Value> params = {}) {
    return execute(sql, std::span<const Value>(params.begin(), params.size()));
  }
  std::optional<Row> query_one(std::string_view sql, std::initializer_list<Value> params = {}) {
    auto rows = query(sql, params);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }
};

enum class Commit { yes, no };

class Database {
 public:
  virtual ~Database() = default;
  // A consistent snapshot for reading.
  virtual void read(const std::function<void(Connection&)>& work) = 0;
  // One transaction on the single writer; commits iff `work` returns Commit::yes.
  virtual void write(const std::function<Commit(Connection&)>& work) = 0;
  virtual std::string_view backend() const = 0;  // "sqlite" | "postgresql"
};

// Opens (creating if needed) a SQLite database file: WAL, foreign keys, busy timeout,
// synchronous=FULL so that nothing acknowledged is lost on a crash.
std::unique_ptr<Database> open_sqlite(const std::string& path);

// Value helpers for optional columns.
template <class T>
Value nullable(const std::optional<T>& v) {
  if (!v) return std::monostate{};
  if constexpr (std::is_integral_v<T>) return static_cast<std::int64_t>(*v);
  else return Value{*v};
}

}  // namespace ketnap::store
