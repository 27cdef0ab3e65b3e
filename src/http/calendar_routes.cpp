// /api/v1/calendar/{year}: the days off of a year (RULES.md W-5) and where its schedule
// comes from; an administrator replaces the year's schedule or resets it to the built-in one.
#include <fmt/format.h>

#include <boost/json/parse.hpp>
#include <charconv>

#include "app/json.hpp"
#include "http/routes.hpp"

namespace ketnap::http {
namespace {

// The {year} of the path; nothing when it is not a year of the calendar (1900–2100).
std::optional<int> year_param(const RequestContext& context) {
  auto text = context.params.find("year");
  if (text == context.params.end()) return std::nullopt;
  const std::string& digits = text->second;
  int year = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), year);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  if (year < WorkCalendar::first_year || year > WorkCalendar::last_year) return std::nullopt;
  return year;
}

Response year_not_found() {
  return problem_response(not_found_problem("Lịch chỉ có các năm từ 1900 đến 2100."));
}

boost::json::object day_json(const CalendarDay& day) {
  return {{"date", iso(day.date)},
          {"weekday", vn_weekday(day.date)},
          {"kind", code(day.kind)},
          {"name", day.name}};
}

boost::json::object year_json(app::Service& service, const app::CalendarYear& year) {
  boost::json::array days;
  for (const CalendarDay& day : service.calendar()->days_off(year.schedule.year))
    days.push_back(day_json(day));
  boost::json::object json{{"year", year.schedule.year},
                           {"source", app::code(year.source)},
                           {"schedule", app::to_json(year.schedule)},
                           {"days_off", std::move(days)}};
  if (year.source == app::CalendarSource::database) {
    json["updated_at"] = year.updated_at;
    json["updated_by"] = year.updated_by;
  }
  return json;
}

// The body is one year of rules/calendar.json; its "year", if given, must be the path's.
Parsed<YearSchedule> schedule_body(const Request& request, int year) {
  if (auto body = JsonBody::parse(request); !body) return std::unexpected(body.error());
  boost::json::object object;
  if (!request.body.empty()) object = boost::json::parse(request.body).as_object();  // checked above
  if (const boost::json::value* given = object.if_contains("year")) {
    if (!given->is_int64() || given->as_int64() != year)
      return std::unexpected(
          invalid_field("year", fmt::format("Năm trong nội dung phải là {}, như trên đường dẫn.", year)));
  }
  object["year"] = year;
  auto schedule = parse_year_schedule(boost::json::serialize(object));
  if (!schedule) return std::unexpected(to_problem(schedule.error()));
  return *schedule;
}

Response get_year(const RequestContext& context) {
  auto year = year_param(context);
  if (!year) return year_not_found();
  return respond(context.service.calendar_year(*year),
                 [&](const app::CalendarYear& found) { return year_json(context.service, found); });
}

Response put_year(const RequestContext& context) {
  auto year = year_param(context);
  if (!year) return year_not_found();
  auto schedule = schedule_body(context.request, *year);
  if (!schedule) return problem_response(schedule.error());
  return respond(context.service.set_calendar_year(context.caller(), std::move(*schedule)),
                 [&](const app::CalendarYear& saved) { return year_json(context.service, saved); });
}

Response delete_year(const RequestContext& context) {
  auto year = year_param(context);
  if (!year) return year_not_found();
  if (auto done = context.service.reset_calendar_year(context.caller(), *year); !done)
    return problem_response(done.error());
  Response response;
  response.status = 204;
  return response;
}

}  // namespace

void add_calendar_routes(Router& router) {
  router.add("GET", "/api/v1/calendar/{year}", Access::signed_in, get_year);
  router.add("PUT", "/api/v1/calendar/{year}", Access::signed_in, put_year);
  router.add("DELETE", "/api/v1/calendar/{year}", Access::signed_in, delete_year);
}

}  // namespace ketnap::http
