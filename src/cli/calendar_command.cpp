// ketnap calendar: working days (W-1, W-2), the year's days off (W-3, W-5) and lunar dates
// (W-4) from the built-in schedule. Arguments are read as text and checked here, so that
// every mistake is answered in Vietnamese with exit code 2.
#include <charconv>
#include <cstdio>
#include <stdexcept>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/calendar.hpp"
#include "core/lunar.hpp"

namespace ketnap::cli {
namespace {

int bad_input(std::string_view message) {
  fmt::print(stderr, "Lỗi: {}\n", message);
  return 2;
}

constexpr std::string_view kOutsideCalendar = "lịch chỉ tính cho các năm 1900–2100.";

std::optional<int> parse_int(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<Date> covered_date(const std::string& text) {
  auto date = parse_iso_date(text);
  if (!date) return std::nullopt;
  const int year = static_cast<int>(date->year());
  if (year < WorkCalendar::first_year || year > WorkCalendar::last_year) return std::nullopt;
  return date;
}

constexpr std::string_view kBadDate =
    "ngày phải có dạng YYYY-MM-DD, có trên lịch và trong các năm 1900–2100, ví dụ 2026-02-13.";

int add_workdays(const Options& options) {
  auto from = covered_date(options.calendar_date);
  if (!from) return bad_input(kBadDate);
  auto count = parse_int(options.calendar_count);
  if (!count || *count < 0) return bad_input("số ngày làm việc phải là số nguyên không âm, ví dụ 5.");
  try {
    fmt::print("{}\n", iso(default_calendar().add_working_days(*from, *count)));
  } catch (const std::out_of_range&) {
    return bad_input(kOutsideCalendar);
  }
  return 0;
}

int holidays(const Options& options) {
  auto year = parse_int(options.calendar_year);
  if (!year) return bad_input("năm phải là một số, ví dụ 2026.");
  if (*year < WorkCalendar::first_year || *year > WorkCalendar::last_year) {
    return bad_input(kOutsideCalendar);
  }
  for (const CalendarDay& day : default_calendar().days_off(*year)) {
    const std::string_view kind = day.kind == DayKind::working_day ? "làm việc" : "nghỉ";
    fmt::print("{}  {:<8}  {:<8}  {}\n", vn_date(day.date), vn_weekday(day.date), kind, day.name);
  }
  return 0;
}

int lunar(const Options& options) {
  auto date = covered_date(options.calendar_date);
  if (!date) return bad_input(kBadDate);
  fmt::print("{}\n", vn_lunar_date(to_lunar(*date)));
  return 0;
}

}  // namespace

CLI::App* add_calendar_command(CLI::App& cli, Options& options) {
  CLI::App* calendar =
      cli.add_subcommand("calendar", "Ngày làm việc, ngày nghỉ lễ và âm lịch")->group("Lệnh");
  calendar->require_subcommand(1);
  calendar->set_help_flag("-h,--help", "In hướng dẫn sử dụng");
  auto subcommand = [&](std::string name, std::string description) {
    CLI::App* sub = calendar->add_subcommand(std::move(name), std::move(description))->group("Lệnh");
    sub->set_help_flag("-h,--help", "In hướng dẫn sử dụng");
    return sub;
  };
  CLI::App* add =
      subcommand("add-workdays", "In ngày làm việc thứ N sau một ngày (không tính chính ngày đó)");
  add->add_option("date", options.calendar_date, "Ngày bắt đầu, YYYY-MM-DD");
  add->add_option("n", options.calendar_count, "Số ngày làm việc");
  CLI::App* year = subcommand("holidays", "Liệt kê ngày nghỉ lễ, Tết, nghỉ bù và làm bù của một năm");
  year->add_option("year", options.calendar_year, "Năm, ví dụ 2026");
  CLI::App* lunar = subcommand("lunar", "Đổi một ngày dương lịch sang âm lịch");
  lunar->add_option("date", options.calendar_date, "Ngày dương lịch, YYYY-MM-DD");
  return calendar;
}

int calendar(const CLI::App& command, const Options& options) {
  if (command.got_subcommand("add-workdays")) return add_workdays(options);
  if (command.got_subcommand("holidays")) return holidays(options);
  if (command.got_subcommand("lunar")) return lunar(options);
  return 2;
}

}  // namespace ketnap::cli
