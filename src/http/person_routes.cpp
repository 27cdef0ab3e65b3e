// /api/v1/people: person records (quần chúng, dự bị and chính thức alike).
#include <utility>

#include "app/json.hpp"
#include "http/routes.hpp"

namespace ketnap::http {
namespace {

Response person_not_found() { return problem_response(not_found_problem("Không tìm thấy người này.")); }

boost::json::object person_view_json(const app::PersonView& view) {
  auto json = app::to_json(view.person);
  json["org_name"] = view.org_name;
  json["status"] = code(view.status);
  json["status_label"] = label(view.status);
  json["membership"] =
      view.membership ? boost::json::value(app::to_json(*view.membership)) : boost::json::value(nullptr);
  return json;
}

template <class T>
void assign_if_given(T& target, std::optional<T> value) {
  if (value) target = std::move(*value);
}

// Writes every field given in the body onto `person`. `presence` says whether the fields
// a new person must have are required (create) or may be left out (PATCH).
void read_person_fields(JsonBody& body, Person& person, Presence presence) {
  assign_if_given(person.org, body.id<OrgId>("org_id", presence));
  assign_if_given(person.full_name, body.text("full_name", presence));
  assign_if_given(person.gender, body.choice<Gender>("gender", parse_gender, presence));
  assign_if_given(person.birth_date, body.date("birth_date", "Ngày sinh", presence));
  assign_if_given(person.cccd, body.text("cccd", presence));
  for (const PersonTextField& text : person_text_fields())
    assign_if_given(person.*text.member, body.text(text.field));
  assign_if_given(person.phone, body.text("phone"));
  assign_if_given(person.youth_union, body.boolean("youth_union"));
  assign_if_given(person.trade_union, body.boolean("trade_union"));
}

Response list_people(const RequestContext& context) {
  app::PersonQuery query;
  auto read = read_query(context.request, [&](QueryReader& params) {
    query.q = params.text("q");
    if (auto org = params.id("org")) query.org = OrgId{*org};
    query.status = params.choice<MemberStatus>("status", parse_member_status);
    query.page = params.page();
  });
  if (!read) return problem_response(read.error());
  return respond(context.service.list_people(context.caller(), query),
                 [](const auto& paged) { return paged_json(paged, person_view_json); });
}

Response create_person(const RequestContext& context) {
  Person person;
  auto read = read_json(context.request,
                        [&](JsonBody& body) { read_person_fields(body, person, Presence::required); });
  if (!read) return problem_response(read.error());
  return respond(context.service.create_person(context.caller(), std::move(person)), person_view_json, 201);
}

Response get_person(const RequestContext& context) {
  auto id = id_param<PersonId>(context);
  if (!id) return person_not_found();
  return respond(context.service.get_person(context.caller(), *id), person_view_json);
}

// A PATCH edits a copy of the stored record; app checks the whole record and the version.
Response update_person(const RequestContext& context) {
  auto id = id_param<PersonId>(context);
  if (!id) return person_not_found();
  auto current = context.service.get_person(context.caller(), *id);
  if (!current) return problem_response(current.error());
  auto person = current->person;
  std::optional<int> version;
  auto read = read_json(context.request, [&](JsonBody& body) {
    read_person_fields(body, person, Presence::optional);
    version = body.integer("version");
  });
  if (!read) return problem_response(read.error());
  return respond(context.service.update_person(context.caller(), std::move(person), version),
                 person_view_json);
}

}  // namespace

void add_person_routes(Router& router) {
  router.add("GET", "/api/v1/people", Access::signed_in, list_people);
  router.add("POST", "/api/v1/people", Access::signed_in, create_person);
  router.add("GET", "/api/v1/people/{id}", Access::signed_in, get_person);
  router.add("PATCH", "/api/v1/people/{id}", Access::signed_in, update_person);
}

}  // namespace ketnap::http
