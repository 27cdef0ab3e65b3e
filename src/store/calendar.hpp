// The administrators' calendar years (migrations/0003_calendar.sql): the government's
// notices that replace a built-in year of rules/calendar.json. Included through
// store/store.hpp; portable SQL only.
#pragma once

#include <string>
#include <vector>

#include "store/store.hpp"

namespace ketnap::store {

struct CalendarYearRow {
  int year = 0;
  std::string schedule_json;  // one year in the shape of rules/calendar.json
  std::string updated_at;
  std::string updated_by;
};

// Every year set, in order.
std::vector<CalendarYearRow> calendar_years(Connection& c);
// Inserts the year, or replaces the row already there.
void upsert_calendar_year(Connection& c, const CalendarYearRow& row);
// False when the year had no row.
bool delete_calendar_year(Connection& c, int year);

}  // namespace ketnap::store
