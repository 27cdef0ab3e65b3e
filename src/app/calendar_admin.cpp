// The working-day calendar in force (RULES.md W-5): the built-in schedule of
// rules/calendar.json with the years an administrator set in the database in their place.
#include <fmt/format.h>

#include <map>
#include <stdexcept>

#include "app/internal.hpp"
#include "app/json.hpp"

namespace ketnap::app {
namespace {

bool covered(int year) { return year >= WorkCalendar::first_year && year <= WorkCalendar::last_year; }

std::unexpected<Error> year_not_covered(int year) {
  return fail(ErrorCode::not_found, fmt::format("Lịch chỉ có các năm 1900–2100, không có năm {}.", year),
              "year");
}

// A stored year reads back: it was validated when it was written.
YearSchedule stored_schedule(const store::CalendarYearRow& row) {
  auto parsed = parse_year_schedule(row.schedule_json);
  if (!parsed)
    throw std::runtime_error(fmt::format("calendar_years {}: {}", row.year, parsed.error().message));
  return *parsed;
}

CalendarYear from_row(const store::CalendarYearRow& row) {
  return CalendarYear{stored_schedule(row), CalendarSource::database, row.updated_at, row.updated_by};
}

CalendarYear year_in_force(store::Connection& c, int year) {
  for (const store::CalendarYearRow& row : store::calendar_years(c))
    if (row.year == year) return from_row(row);
  for (const YearSchedule& schedule : builtin_schedule())
    if (schedule.year == year) return CalendarYear{schedule, CalendarSource::builtin, {}, {}};
  return CalendarYear{YearSchedule{.year = year}, CalendarSource::computed, {}, {}};
}

std::vector<YearSchedule> schedules_in_force(store::Connection& c) {
  std::map<int, YearSchedule> years;
  for (const YearSchedule& schedule : builtin_schedule()) years[schedule.year] = schedule;
  for (const store::CalendarYearRow& row : store::calendar_years(c)) years[row.year] = stored_schedule(row);
  std::vector<YearSchedule> schedules;
  for (auto& [year, schedule] : years) schedules.push_back(std::move(schedule));
  return schedules;
}

// Checked exactly as rules/calendar.json is read, by reading back its own JSON.
Result<YearSchedule> validated(const YearSchedule& schedule) {
  if (!covered(schedule.year)) return year_not_covered(schedule.year);
  return parse_year_schedule(to_text(to_json(schedule)));
}

// The audit snapshot: where the year came from and its schedule.
std::string snapshot(const CalendarYear& year) {
  return to_text(boost::json::object{{"source", code(year.source)}, {"schedule", to_json(year.schedule)}});
}

Status require_admin(const Caller& caller) {
  if (!can_manage_users(caller))
    return fail(ErrorCode::forbidden, "Chỉ quản trị viên được sửa lịch nghỉ lễ, Tết.");
  return {};
}

}  // namespace

std::string_view code(CalendarSource source) {
  switch (source) {
    case CalendarSource::builtin:
      return "builtin";
    case CalendarSource::database:
      return "database";
    case CalendarSource::computed:
      return "computed";
  }
  return "computed";
}

std::shared_ptr<const WorkCalendar> Service::calendar() {
  std::lock_guard lock(calendar_cache_->mutex);
  if (!calendar_cache_->current) {
    auto schedules = detail::read<std::vector<YearSchedule>>(
        db_, [](store::Connection& c) -> Result<std::vector<YearSchedule>> { return schedules_in_force(c); });
    calendar_cache_->current = std::make_shared<const WorkCalendar>(*schedules);
  }
  return calendar_cache_->current;
}

Result<CalendarYear> Service::calendar_year(int year) {
  if (!covered(year)) return year_not_covered(year);
  return detail::read<CalendarYear>(
      db_, [&](store::Connection& c) -> Result<CalendarYear> { return year_in_force(c, year); });
}

Result<CalendarYear> Service::set_calendar_year(const Caller& caller, YearSchedule schedule) {
  if (auto admin = require_admin(caller); !admin) return std::unexpected(admin.error());
  auto valid = validated(schedule);
  if (!valid) return std::unexpected(valid.error());
  auto saved = detail::write<CalendarYear>(db_, [&](store::Connection& c) -> Result<CalendarYear> {
    detail::AuditLog audit(c, caller);
    CalendarYear before = year_in_force(c, valid->year);
    store::CalendarYearRow row{valid->year, to_text(to_json(*valid)), audit.at(), caller.username};
    store::upsert_calendar_year(c, row);
    CalendarYear after = from_row(row);
    audit.record("calendar.set", "calendar", row.year, caller.org_path, snapshot(before), snapshot(after));
    return after;
  });
  if (saved) calendar_cache_->forget();
  return saved;
}

Status Service::reset_calendar_year(const Caller& caller, int year) {
  if (auto admin = require_admin(caller); !admin) return admin;
  if (!covered(year)) return year_not_covered(year);
  auto done = detail::write_status(db_, [&](store::Connection& c) -> Status {
    detail::AuditLog audit(c, caller);
    CalendarYear before = year_in_force(c, year);
    if (!store::delete_calendar_year(c, year)) return {};  // nothing set: already the built-in year
    audit.record("calendar.reset", "calendar", year, caller.org_path, snapshot(before),
                 snapshot(year_in_force(c, year)));
    return {};
  });
  if (done) calendar_cache_->forget();
  return done;
}

}  // namespace ketnap::app
