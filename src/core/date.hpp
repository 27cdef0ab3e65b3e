// Calendar dates as std::chrono::year_month_day. JSON and the database carry ISO
// YYYY-MM-DD; people read dd/mm/yyyy.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ketnap {

using Date = std::chrono::year_month_day;

// Parses a strict ISO date (YYYY-MM-DD) that exists on the calendar.
std::optional<Date> parse_iso_date(std::string_view text);
std::string iso(Date date);
// dd/mm/yyyy, as Vietnamese documents write dates.
std::string vn_date(Date date);

// Month arithmetic by BLDS art.148: the same day number in the target month, or its last day.
Date add_months(Date date, int months);

// Whole months from `from` to `to`, counting by calendar month only (E-2 "tính theo tháng").
int months_between(Date from, Date to);

// Today's date in Vietnam (UTC+7). The only clock read in core; rules take dates as input.
Date today_in_vietnam();
// Makes today_in_vietnam() answer `day` for the rest of the process (`ketnap serve --today`):
// the demo's deadlines and the browser tests stay as of the day they were written for.
// Set once at start-up, before any thread reads the date.
void pin_today(Date day);

}  // namespace ketnap
