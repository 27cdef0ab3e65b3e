#include "core/membership.hpp"

#include <array>

namespace ketnap {
namespace {
struct StatusInfo {
  MemberStatus status;
  std::string_view code;
  std::string_view label;
};
constexpr std::array status_table{
    StatusInfo{MemberStatus::quan_chung, "quan_chung", "Quần chúng"},
    StatusInfo{MemberStatus::du_bi, "du_bi", "Đảng viên dự bị"},
    StatusInfo{MemberStatus::chinh_thuc, "chinh_thuc", "Đảng viên chính thức"},
};
}  // namespace

std::string_view code(MemberStatus s) { return status_table[static_cast<int>(s)].code; }
std::string_view label(MemberStatus s) { return status_table[static_cast<int>(s)].label; }
std::optional<MemberStatus> parse_member_status(std::string_view text) {
  for (const auto& e : status_table)
    if (e.code == text) return e.status;
  return std::nullopt;
}

Date probation_end(Date ceremony_on) { return add_months(ceremony_on, 12); }

MemberStatus status_on(const Membership& m, Date date) {
  if (m.left_on && *m.left_on <= date) return MemberStatus::quan_chung;
  if (m.official_on && *m.official_on <= date) return MemberStatus::chinh_thuc;
  if (m.ceremony_on <= date) return MemberStatus::du_bi;
  return MemberStatus::quan_chung;
}

bool on_temporary_transfer(const Membership& m, Date date) {
  if (!m.temporary_from || *m.temporary_from > date) return false;
  return !m.temporary_until || date <= *m.temporary_until;
}

}  // namespace ketnap
