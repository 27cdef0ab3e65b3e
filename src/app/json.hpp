// JSON shapes of the domain records, shared by the audit trail (before/after snapshots)
// and the HTTP responses, so a record reads the same everywhere. Dates are ISO YYYY-MM-DD.
#pragma once

#include <boost/json.hpp>

#include "app/app.hpp"
#include "core/calendar.hpp"

namespace ketnap::app {

boost::json::object to_json(const Org& org);
boost::json::object to_json(const Person& person);
boost::json::object to_json(const Membership& membership);
boost::json::object to_json(const UserView& user);
// One year in the shape of rules/calendar.json; parse_year_schedule reads it back.
boost::json::object to_json(const YearSchedule& schedule);

std::string to_text(const boost::json::object& object);

}  // namespace ketnap::app
