// The audit trail: who changed which record, when, and what it was before and after.
// Written in the same transaction as the change it records.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/ids.hpp"

namespace ketnap {

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  // ISO 8601 UTC
  std::optional<UserId> user;
  std::string username;
  std::string action;  // e.g. "org.create", "person.update"
  std::string entity;  // "org" | "person" | "user" | "membership"
  std::int64_t entity_id = 0;
  std::string before_json;  // "" when created
  std::string after_json;
};

}  // namespace ketnap
