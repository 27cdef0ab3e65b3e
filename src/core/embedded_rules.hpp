// Internal to core: the rules/qd*.json documents compiled into the binary by CMake.
#pragma once

#include <span>
#include <string_view>

namespace ketnap {
std::span<const std::string_view> embedded_rule_sets();
}  // namespace ketnap
