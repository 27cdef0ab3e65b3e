#include "app/json.hpp"

namespace ketnap::app {
namespace json = boost::json;
namespace {

json::value optional_date(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return json::value(iso(*date));
}

}  // namespace

json::object to_json(const Org& org) {
  json::object o;
  o["id"] = org.id.value;
  o["parent_id"] = org.parent ? json::value(org.parent->value) : json::value(nullptr);
  o["name"] = org.name;
  o["type"] = code(org.type);
  o["type_label"] = label(org.type);
  o["category"] = org.category == OrgCategory::none ? json::value(nullptr)
                                                    : json::value(code(org.category));
  o["category_label"] = org.category == OrgCategory::none ? json::value(nullptr)
                                                          : json::value(label(org.category));
  o["staff_count"] = org.staff_count ? json::value(*org.staff_count) : json::value(nullptr);
  o["path"] = org.path;
  o["established_on"] = iso(org.established_on);
  o["dissolved_on"] = optional_date(org.dissolved_on);
  o["version"] = org.version;
  return o;
}

json::object to_json(const Person& p) {
  json::object o;
  o["id"] = p.id.value;
  o["org_id"] = p.org.value;
  o["full_name"] = p.full_name;
  o["other_names"] = p.other_names;
  o["gender"] = code(p.gender);
  o["birth_date"] = iso(p.birth_date);
  o["birthplace"] = p.birthplace;
  o["hometown"] = p.hometown;
  o["residence"] = p.residence;
  o["ethnicity"] = p.ethnicity;
  o["religion"] = p.religion;
  o["cccd"] = p.cccd;
  o["education_general"] = p.education_general;
  o["education_professional"] = p.education_professional;
  o["political_theory"] = p.political_theory;
  o["occupation"] = p.occupation;
  o["youth_union"] = p.youth_union;
  o["trade_union"] = p.trade_union;
  o["phone"] = p.phone;
  o["version"] = p.version;
  return o;
}

json::object to_json(const Membership& m) {
  json::object o;
  o["id"] = m.id.value;
  o["person_id"] = m.person.value;
  o["org_id"] = m.org.value;
  o["decision_on"] = iso(m.decision_on);
  o["ceremony_on"] = iso(m.ceremony_on);
  o["probation_end"] = iso(probation_end(m.ceremony_on));
  o["official_on"] = optional_date(m.official_on);
  o["left_on"] = optional_date(m.left_on);
  o["left_reason"] = m.left_reason;
  o["temporary_from"] = optional_date(m.temporary_from);
  o["temporary_until"] = optional_date(m.temporary_until);
  o["temporary_note"] = m.temporary_note;
  return o;
}

json::object to_json(const UserView& u) {
  json::object o;
  o["id"] = u.id.value;
  o["username"] = u.username;
  o["full_name"] = u.full_name;
  o["role"] = code(u.role);
  o["role_label"] = label(u.role);
  o["org_id"] = u.org.value;
  o["org_name"] = u.org_name;
  return o;
}

std::string to_text(const json::object& object) { return json::serialize(object); }

json::object to_json(const YearSchedule& schedule) {
  json::object o{{"year", schedule.year}};
  if (schedule.tet)
    o["tet"] = json::object{{"first", iso(schedule.tet->first)}, {"last", iso(schedule.tet->last)}};
  if (schedule.quoc_khanh_adjacent) o["quoc_khanh_adjacent"] = iso(*schedule.quoc_khanh_adjacent);
  json::array entries;
  for (const CalendarDay& day : schedule.entries) {
    entries.push_back(json::object{{"date", iso(day.date)}, {"kind", code(day.kind)}, {"name", day.name}});
  }
  o["entries"] = std::move(entries);
  o["source"] = schedule.source;
  o["confidence"] = schedule.confidence;
  o["note"] = schedule.note;
  return o;
}

}  // namespace ketnap::app
