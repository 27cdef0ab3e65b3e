// Party membership (đảng tịch) of a person, and its status on any date.
// Status is never typed in: it follows from the dates of admission, recognition and leaving.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/ids.hpp"

namespace ketnap {

enum class MemberStatus {
  quan_chung,  // not (yet, or no longer) a member
  du_bi,       // probationary member: from the admission ceremony
  chinh_thuc,  // official member: from the day probation ends, once recognized
};

std::string_view code(MemberStatus status);
std::string_view label(MemberStatus status);
std::optional<MemberStatus> parse_member_status(std::string_view code);

struct Membership {
  MembershipId id;
  PersonId person;
  OrgId org;                       // the chi bộ or tổ đảng of party life
  Date decision_on{};              // date on the admission decision (R-19: party age)
  Date ceremony_on{};              // lễ kết nạp: probation starts
  std::optional<Date> official_on; // recognized: official from this date
  std::optional<Date> left_on;     // xóa tên, khai trừ, chuyển đi, từ trần ...
  std::string left_reason;
  // Sinh hoạt tạm thời elsewhere (T-2) between these dates: still a member here.
  std::optional<Date> temporary_from;
  std::optional<Date> temporary_until;
  std::string temporary_note;
};

// probation is 12 months from the ceremony, ending on the same day number or the
// month's last day.
Date probation_end(Date ceremony_on);

MemberStatus status_on(const Membership& membership, Date date);
bool on_temporary_transfer(const Membership& membership, Date date);

}  // namespace ketnap
