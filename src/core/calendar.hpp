// Working days (ngày làm việc) of party and state bodies — RULES.md §9, W-1 … W-5.
//
// W-2: a working day is Monday–Friday, minus public holidays and the days off the government
// announces, plus the Saturdays it designates as make-up working days (làm bù).
// W-3: the holidays of the Labour Code 2019 art.112 are computed for every year, Tết and
// Giỗ Tổ from the lunar calendar (core/lunar.hpp); one falling on Saturday or Sunday is
// compensated on the next working day (art.111.3).
// W-5: what the government announces for a year (YearSchedule) overrides or adds to that.
//
// A WorkCalendar is built once from the schedules (the built-in rules/calendar.json, later
// with admins' edits from the database) and never changes: share it between threads freely.
// It covers the years 1900–2100 (a date outside them throws std::out_of_range), each by
// today's rules: the holidays of years before the Labour Code 2019 are not those of the time.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"

namespace ketnap {

enum class DayKind {
  day_off,      // ngày nghỉ: a holiday, its compensation (nghỉ bù) or a swapped day (hoán đổi)
  working_day,  // ngày làm bù: a Saturday worked to make up for a day off
};

std::string_view code(DayKind kind);  // "day_off", "working_day"

// A named day that departs from the Monday–Friday week, or a holiday on a weekend.
struct CalendarDay {
  Date date;
  DayKind kind = DayKind::day_off;
  std::string name;  // Vietnamese, e.g. "Nghỉ bù Giỗ Tổ Hùng Vương"
  friend bool operator==(const CalendarDay&, const CalendarDay&) = default;
};

struct DateRange {
  Date first;
  Date last;  // inclusive
};

// The government's notice for one year (W-5). What it leaves out is computed (W-3).
struct YearSchedule {
  int year = 0;
  // The days off for Tết Nguyên đán. Replaces the computed block (last day of the lunar
  // year and mùng 1–4) entirely; the notice has already placed them, so no compensation.
  std::optional<DateRange> tet;
  // The day next to 02/09 (art.112.1đ: "01 ngày liền kề trước hoặc sau"); default 01/09.
  std::optional<Date> quoc_khanh_adjacent;
  std::vector<CalendarDay> entries;  // extra days off (nghỉ bù, hoán đổi), make-up Saturdays
  std::string source;                // the notice, e.g. "Công văn 9859/VPCP-KGVX"
  std::string confidence;            // as RULES.md marks it: "H", "M" or "L"
  std::string note;
};

class WorkCalendar {
 public:
  static constexpr int first_year = 1900;
  static constexpr int last_year = 2100;

  // Schedules may come in any order; a year without one is computed.
  explicit WorkCalendar(const std::vector<YearSchedule>& schedules);

  bool is_working_day(Date date) const;
  // W-1: the n-th working day after `from` (n >= 0); `from` itself is not counted, so
  // n = 0 returns `from` unchanged. Throws std::invalid_argument for n < 0.
  Date add_working_days(Date from, int n) const;
  // W-1: the working days in (from, to]; negative when `to` is before `from`.
  int working_days_between(Date from, Date to) const;
  // Every day of `year` off Monday–Friday work, every holiday on a weekend with its
  // compensation, and every make-up Saturday (DayKind::working_day), sorted by date.
  std::vector<CalendarDay> days_off(int year) const;

 private:
  std::map<Date, CalendarDay> named_days_;  // every covered year's entries of days_off()
};

// Reads the schedule document of rules/calendar.json: {"years": [{"year", "tet": {"first",
// "last"}, "quoc_khanh_adjacent", "entries": [{"date", "kind", "name"}], "source",
// "confidence", "note"}]}.
Result<std::vector<YearSchedule>> parse_calendar_schedule(std::string_view json);
// Reads one year of that document; the fields of an error are named from the year's
// object ("tet.first", "entries[0].date"). Every field must be a known one; the Tết range
// lasts at most 9 days within January–February; entries have distinct dates.
Result<YearSchedule> parse_year_schedule(std::string_view json);
// The schedule compiled into the binary from rules/calendar.json.
const std::vector<YearSchedule>& builtin_schedule();
// The calendar of the built-in schedule, built on first use.
const WorkCalendar& default_calendar();

// The Vietnamese name of the day of the week: "Thứ Hai" … "Thứ Bảy", "Chủ nhật".
std::string_view vn_weekday(Date date);

}  // namespace ketnap
