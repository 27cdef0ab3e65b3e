#include "store/calendar.hpp"

namespace ketnap::store {

std::vector<CalendarYearRow> calendar_years(Connection& c) {
  std::vector<CalendarYearRow> rows;
  for (const Row& r :
       c.query("SELECT year, schedule_json, updated_at, updated_by FROM calendar_years ORDER BY year")) {
    rows.push_back({static_cast<int>(r.integer(0)), r.text(1), r.text(2), r.text(3)});
  }
  return rows;
}

void upsert_calendar_year(Connection& c, const CalendarYearRow& row) {
  c.execute(
      "INSERT INTO calendar_years (year, schedule_json, updated_at, updated_by) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (year) DO UPDATE SET schedule_json = $2, updated_at = $3, updated_by = $4",
      {std::int64_t{row.year}, row.schedule_json, row.updated_at, row.updated_by});
}

bool delete_calendar_year(Connection& c, int year) {
  return c.execute("DELETE FROM calendar_years WHERE year = $1", {std::int64_t{year}}) > 0;
}

}  // namespace ketnap::store
