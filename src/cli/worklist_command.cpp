// `ketnap worklist --db PATH --org ID [--date YYYY-MM-DD]`: the table of GET /api/v1/worklist
// for the organization's subtree, as the system sees it: every open dossier with a due date,
// its next step, from which day and by which day, most urgent first.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "app/dossiers.hpp"
#include "cli/commands.hpp"
#include "store/store.hpp"

namespace ketnap::cli {
namespace {

constexpr std::size_t column_count = 7;
using Line = std::array<std::string, column_count>;

const Line headers{"Họ và tên", "Chi bộ", "Bước tiếp theo", "Từ ngày", "Hạn", "Còn (ngày)", "Tình trạng"};

std::string vn_date_or_blank(const std::optional<Date>& date) {
  return date ? vn_date(*date) : std::string();
}

std::string_view state_of(const app::WorkItem& item) {
  if (item.overdue) return "Quá hạn";
  if (item.due_soon) return "Sắp đến hạn";
  return "";
}

Line line_of(const app::WorkItem& item) {
  return {item.dossier.person_name,           item.dossier.org_name,
          std::string(label(item.next.step)), vn_date_or_blank(item.next.earliest),
          vn_date_or_blank(item.next.due),    std::to_string(item.days_left),
          std::string(state_of(item))};
}

// Code points of UTF-8 text: the width fmt pads to (names are NFC, one code point a letter).
std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(
      std::ranges::count_if(text, [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

// Columns as wide as their widest cell; the number of days aligned right.
void print_table(const std::vector<Line>& lines) {
  std::array<std::size_t, column_count> widths{};
  for (const Line& line : lines)
    for (std::size_t i = 0; i < column_count; ++i) widths[i] = std::max(widths[i], display_width(line[i]));
  for (const Line& line : lines) {
    std::string out;
    for (std::size_t i = 0; i < column_count; ++i) {
      bool numeric = i == 5;
      out += numeric ? fmt::format("{:>{}}", line[i], widths[i]) : fmt::format("{:<{}}", line[i], widths[i]);
      if (i + 1 < column_count) out += "  ";
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    fmt::print("{}\n", out);
  }
}

int report(const Error& error) {
  if (error.field.empty())
    fmt::print(stderr, "Lỗi: {}\n", error.message);
  else
    fmt::print(stderr, "Lỗi ({}): {}\n", error.field, error.message);
  return error.code == ErrorCode::invalid ? 2 : 1;
}

}  // namespace

int worklist(const Options& options) {
  std::optional<Date> today =
      options.worklist_date.empty() ? today_in_vietnam() : parse_iso_date(options.worklist_date);
  if (!today) {
    fmt::print(stderr, "Lỗi (--date): ngày phải có dạng YYYY-MM-DD và có trên lịch, ví dụ 2026-02-13.\n");
    return 2;
  }
  auto db = store::open_sqlite(options.db);
  store::migrate(*db);
  app::Service service(*db);
  app::Dossiers dossiers(service);
  auto items = dossiers.worklist(app::Service::system_caller(), OrgId{options.org}, *today);
  if (!items) {
    Error error = items.error();
    if (error.field == "org") error.field = "--org";  // the option the user typed
    return report(error);
  }
  if (items->empty()) {
    fmt::print("Không có hồ sơ nào đang chờ đến hạn (tính đến ngày {}).\n", vn_date(*today));
    return 0;
  }
  std::vector<Line> lines{headers};
  for (const app::WorkItem& item : *items) lines.push_back(line_of(item));
  print_table(lines);
  return 0;
}

}  // namespace ketnap::cli
