// Strong identifier types: an OrgId cannot be passed where a PersonId is meant.
// Ids are 64-bit and allocated by the application (store::next_id), never by the database.
#pragma once

#include <compare>
#include <cstdint>

namespace ketnap {

template <class Tag>
struct Id {
  std::int64_t value = 0;
  auto operator<=>(const Id&) const = default;
};

using OrgId = Id<struct OrgTag>;
using PersonId = Id<struct PersonTag>;
using UserId = Id<struct UserTag>;
using MembershipId = Id<struct MembershipTag>;

}  // namespace ketnap
