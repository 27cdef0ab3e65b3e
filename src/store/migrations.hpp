// Numbered schema migrations (migrations/NNNN_name.sql), compiled into the binary and
// applied in order at start; each runs once, in its own transaction.
#pragma once

#include <span>
#include <string_view>

#include "store/database.hpp"

namespace ketnap::store {

struct Migration {
  int number;
  std::string_view name;
  std::string_view sql;
};

std::span<const Migration> embedded_migrations();

// Applies every migration not yet applied; returns how many ran.
int migrate(Database& db);

}  // namespace ketnap::store
