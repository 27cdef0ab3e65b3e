#include "store/store.hpp"

namespace ketnap::store {
namespace {

constexpr std::string_view user_select =
    "SELECT id, username, full_name, password_hash, role, org_id, disabled FROM users ";

User read_user(const Row& r) {
  return User{UserId{r.integer(0)}, r.text(1), r.text(2), r.text(3),
              parse_role(r.text(4)).value_or(Role::xem), OrgId{r.integer(5)}, r.integer(6) != 0};
}

std::optional<User> one_user(Connection& c, std::string_view where, Value key) {
  auto row = c.query_one(std::string(user_select) + std::string(where), {std::move(key)});
  if (!row) return std::nullopt;
  return read_user(*row);
}

}  // namespace

std::optional<User> find_user(Connection& c, UserId id) {
  return one_user(c, "WHERE id = $1", id.value);
}

std::optional<User> find_user_by_name(Connection& c, std::string_view username) {
  return one_user(c, "WHERE username = $1", std::string(username));
}

void insert_user(Connection& c, const User& u, std::string_view created_at) {
  c.execute(
      "INSERT INTO users (id, username, full_name, password_hash, role, org_id, disabled, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {u.id.value, u.username, u.full_name, u.password_hash, std::string(code(u.role)),
       u.org.value, std::int64_t{u.disabled}, std::string(created_at)});
}

void insert_session(Connection& c, const SessionRecord& s) {
  c.execute(
      "INSERT INTO sessions (token_digest, user_id, csrf, created_at, expires_at) "
      "VALUES ($1, $2, $3, $4, $5)",
      {s.token_digest, s.user.value, s.csrf, s.created_at, s.expires_at});
}

std::optional<SessionRecord> find_session(Connection& c, std::string_view token_digest) {
  auto r = c.query_one(
      "SELECT token_digest, user_id, csrf, created_at, expires_at FROM sessions "
      "WHERE token_digest = $1",
      {std::string(token_digest)});
  if (!r) return std::nullopt;
  return SessionRecord{r->text(0), UserId{r->integer(1)}, r->text(2), r->text(3), r->text(4)};
}

void delete_session(Connection& c, std::string_view token_digest) {
  c.execute("DELETE FROM sessions WHERE token_digest = $1", {std::string(token_digest)});
}

void delete_sessions_expired_before(Connection& c, std::string_view instant) {
  c.execute("DELETE FROM sessions WHERE expires_at < $1", {std::string(instant)});
}

}  // namespace ketnap::store
