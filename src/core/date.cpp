#include "core/date.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include <fmt/format.h>

namespace ketnap {
namespace {

std::optional<int> digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = digits(text.substr(0, 4));
  auto m = digits(text.substr(5, 2));
  auto d = digits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  Date date{std::chrono::year{*y}, std::chrono::month(static_cast<unsigned>(*m)),
            std::chrono::day(static_cast<unsigned>(*d))};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string iso(Date date) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::string vn_date(Date date) {
  return fmt::format("{:02}/{:02}/{:04}", static_cast<unsigned>(date.day()),
                     static_cast<unsigned>(date.month()), static_cast<int>(date.year()));
}

Date add_months(Date date, int months) {
  using namespace std::chrono;
  year_month target = year_month{date.year(), date.month()} + std::chrono::months{months};
  day last = year_month_day_last{target.year(), month_day_last{target.month()}}.day();
  return Date{target.year(), target.month(), std::min(date.day(), last)};
}

int months_between(Date from, Date to) {
  return (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
         (static_cast<int>(static_cast<unsigned>(to.month())) -
          static_cast<int>(static_cast<unsigned>(from.month())));
}

namespace {
std::optional<Date> pinned_today;
}  // namespace

void pin_today(Date day) { pinned_today = day; }

Date today_in_vietnam() {
  if (pinned_today) return *pinned_today;
  using namespace std::chrono;
  auto now = system_clock::now() + hours{7};
  return Date{floor<days>(now)};
}

}  // namespace ketnap
