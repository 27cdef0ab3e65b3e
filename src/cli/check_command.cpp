// `ketnap check [FILE|-]`: one dossier described as JSON facts, judged with no database.
// Exit 0 when the dossier is in order, 1 when it has problems, 2 for unreadable input.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <boost/json.hpp>
#include <fmt/format.h>

#include "app/pipeline_json.hpp"
#include "cli/commands.hpp"
#include "core/calendar.hpp"

namespace ketnap::cli {
namespace {

std::optional<std::string> read_input(const std::string& file) {
  if (file.empty() || file == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int check(const std::string& file) {
  auto text = read_input(file);
  if (!text) {
    fmt::print(stderr, "Lỗi: không đọc được tệp {}.\n", file);
    return 2;
  }
  boost::system::error_code error;
  boost::json::value input = boost::json::parse(*text, error);
  if (error) {
    fmt::print(stderr, "Lỗi: đầu vào không phải JSON hợp lệ ({}).\n", error.message());
    return 2;
  }
  const RuleBook& rules = builtin_rules();
  auto facts = app::facts_from_json(input, rules);
  if (!facts) {
    fmt::print(stderr, "Lỗi ({}): {}\n", facts.error().field, facts.error().message);
    return 2;
  }
  Verdict verdict = evaluate(*facts, rules, default_calendar());
  fmt::print("{}\n", boost::json::serialize(app::to_json(verdict)));
  return verdict.ok ? 0 : 1;
}

}  // namespace ketnap::cli
