#include "core/access.hpp"

#include <array>

#include "core/org.hpp"

namespace ketnap {
namespace {
struct RoleInfo {
  Role role;
  std::string_view code;
  std::string_view label;
};
constexpr std::array role_table{
    RoleInfo{Role::quan_tri, "quan_tri", "Quản trị hệ thống"},
    RoleInfo{Role::can_bo, "can_bo", "Cán bộ cấp ủy"},
    RoleInfo{Role::xem, "xem", "Chỉ xem"},
};
}  // namespace

std::string_view code(Role r) { return role_table[static_cast<int>(r)].code; }
std::string_view label(Role r) { return role_table[static_cast<int>(r)].label; }
std::optional<Role> parse_role(std::string_view text) {
  for (const auto& e : role_table)
    if (e.code == text) return e.role;
  return std::nullopt;
}

bool can_see(const Caller& caller, std::string_view path) {
  return path_within(path, caller.org_path);
}

bool can_write(const Caller& caller, std::string_view path) {
  return caller.role != Role::xem && can_see(caller, path);
}

bool can_read_audit(const Caller& caller) { return caller.role != Role::xem; }

bool can_manage_users(const Caller& caller) { return caller.role == Role::quan_tri; }

}  // namespace ketnap
