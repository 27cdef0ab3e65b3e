// Who may do what: roles bound to one organization, reaching its whole subtree.
// Every use case in app asks these before touching data; the UI is never trusted.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/ids.hpp"

namespace ketnap {

enum class Role {
  quan_tri,  // system administrator: everything inside its subtree, including accounts
  can_bo,    // committee officer: read and write inside its subtree
  xem,       // read-only inside its subtree
};

std::string_view code(Role role);
std::string_view label(Role role);
std::optional<Role> parse_role(std::string_view code);

// The authenticated user on whose behalf a use case runs.
struct Caller {
  UserId user;
  std::string username;
  Role role = Role::xem;
  OrgId org;
  std::string org_path;  // materialized path of `org`: the caller's subtree
};

// A user account. The password is kept only as an Argon2id hash.
struct User {
  UserId id;
  std::string username;
  std::string full_name;
  std::string password_hash;
  Role role = Role::xem;
  OrgId org;
  bool disabled = false;
};

// Inside the subtree: what the caller may see at all. Outside answers "not found".
bool can_see(const Caller& caller, std::string_view path);
bool can_write(const Caller& caller, std::string_view path);
bool can_read_audit(const Caller& caller);
bool can_manage_users(const Caller& caller);

}  // namespace ketnap
