// People use cases: the records of candidates and members, searched without accents and
// listed in Vietnamese order; memberships whose dates decide a member's status.
#include <algorithm>

#include <fmt/format.h>

#include "app/internal.hpp"
#include "app/json.hpp"
#include "core/text.hpp"

namespace ketnap::app {
namespace {

using detail::visible_org;
using detail::writable_org;

bool all_digits(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, [](char ch) { return ch >= '0' && ch <= '9'; });
}

Error person_not_found(PersonId id) {
  return Error{ErrorCode::not_found, fmt::format("Không tìm thấy người có mã {}.", id.value), {}, {}};
}

// A person record in the caller's subtree, for reading.
Result<Person> visible_person(store::Connection& c, const Caller& caller, PersonId id) {
  auto person = store::find_person(c, id);
  if (!person || !visible_org(c, caller, person->org)) return std::unexpected(person_not_found(id));
  return std::move(*person);
}

Error with_field(Error error, std::string field) {
  error.field = std::move(field);
  return error;
}

}  // namespace

Status detail::check_person(store::Connection& c, Person& person) {
  normalize(person);
  if (auto ok = validate_person(person, today_in_vietnam()); !ok) return ok;
  auto holder = store::person_with_cccd(c, person.cccd);
  if (holder && *holder != person.id)
    return fail(ErrorCode::conflict,
                fmt::format("Số CCCD {} đã có trong hồ sơ của một người khác.", person.cccd), "cccd");
  return {};
}

namespace {

PersonView view_with(const Person& person, std::string org_name, std::optional<Membership> membership, Date today) {
  PersonView view{.person = person, .org_name = std::move(org_name), .membership = std::move(membership)};
  if (view.membership) view.status = status_on(*view.membership, today);
  return view;
}

// A page of people with their organizations' names and memberships, read in a few queries
// rather than two per person.
std::vector<PersonView> views_of(store::Connection& c, const std::vector<Person>& people, Date today) {
  std::vector<PersonId> ids;
  for (const Person& p : people) ids.push_back(p.id);
  std::map<PersonId, Membership> memberships = store::latest_memberships(c, ids);
  std::map<OrgId, std::string> org_names;
  std::vector<PersonView> views;
  for (const Person& p : people) {
    auto [name, unseen] = org_names.try_emplace(p.org);
    if (unseen)
      if (auto org = store::find_org(c, p.org)) name->second = org->name;
    auto m = memberships.find(p.id);
    views.push_back(view_with(p, name->second, m == memberships.end() ? std::nullopt : std::optional(m->second), today));
  }
  return views;
}

}  // namespace

PersonView detail::person_view(store::Connection& c, const Person& person, Date today) {
  auto org = store::find_org(c, person.org);
  return view_with(person, org ? org->name : std::string(), store::latest_membership(c, person.id), today);
}

Result<Person> detail::TransactionWriter::create_person(Person person) {
  auto org = org_taking_records(c_, caller_, person.org, "org_id");
  if (!org) return std::unexpected(org.error());
  person.id = PersonId{store::next_id(c_)};
  person.version = 1;
  if (auto ok = check_person(c_, person); !ok) return std::unexpected(ok.error());
  store::insert_person(c_, person);
  audit_.record("person.create", "person", person.id.value, org->path, "", to_text(to_json(person)));
  return person;
}

Result<Membership> detail::TransactionWriter::add_membership(Membership m) {
  auto person = store::find_person(c_, m.person);
  if (!person || !visible_org(c_, caller_, person->org))
    return std::unexpected(with_field(person_not_found(m.person), "person_id"));
  auto org = org_taking_records(c_, caller_, m.org, "org_id");
  if (!org) return std::unexpected(org.error());
  if (!is_chi_bo(org->type) && org->type != OrgType::to_dang)
    return invalid("org_id", "Đảng viên sinh hoạt ở chi bộ hoặc tổ đảng.");
  if (m.ceremony_on < m.decision_on)
    return invalid("ceremony_on", "Lễ kết nạp không thể trước ngày ra quyết định kết nạp.");
  // recognized members are official from the day probation ends, not another day.
  if (m.official_on && *m.official_on != probation_end(m.ceremony_on))
    return fail(ErrorCode::rule,
                fmt::format("Đảng viên được công nhận chính thức từ ngày hết 12 tháng dự bị ({}).",
                            vn_date(probation_end(m.ceremony_on))),
                "official_on", "R-16");
  m.id = MembershipId{store::next_id(c_)};
  store::insert_membership(c_, m);
  audit_.record("membership.create", "membership", m.id.value, org->path, "", to_text(to_json(m)));
  return m;
}

Result<Paged<PersonView>> Service::list_people(const Caller& caller, const PersonQuery& query) {
  auto win = detail::window(query.page);
  if (!win) return std::unexpected(win.error());
  Date today = today_in_vietnam();
  return detail::read<Paged<PersonView>>(db_, [&](store::Connection& c) -> Result<Paged<PersonView>> {
    store::PeopleFilter filter{.scope_path = caller.org_path, .status = query.status,
                               .status_on = today, .window = *win};
    if (query.org) {
      auto org = visible_org(c, caller, *query.org);
      if (!org) return std::unexpected(with_field(org.error(), "org"));
      filter.scope_path = org->path;
    }
    std::string q = normalize_text(query.q);
    if (all_digits(q)) filter.cccd_prefix = q;
    else filter.words = detail::search_words(q);
    auto found = store::search_people(c, filter);
    Paged<PersonView> page{{}, found.total, query.page.page, query.page.page_size};
    page.items = views_of(c, found.rows, today);
    return page;
  });
}

Result<PersonView> Service::get_person(const Caller& caller, PersonId id) {
  return detail::read<PersonView>(db_, [&](store::Connection& c) -> Result<PersonView> {
    auto person = visible_person(c, caller, id);
    if (!person) return std::unexpected(person.error());
    return detail::person_view(c, *person, today_in_vietnam());
  });
}

Result<PersonView> Service::create_person(const Caller& caller, Person person) {
  return detail::write<PersonView>(db_, [&](store::Connection& c) -> Result<PersonView> {
    auto created = detail::TransactionWriter(c, caller).create_person(std::move(person));
    if (!created) return std::unexpected(created.error());
    return detail::person_view(c, *created, today_in_vietnam());
  });
}

Result<PersonView> Service::update_person(const Caller& caller, Person person,
                                          std::optional<int> expected_version) {
  return detail::write<PersonView>(db_, [&](store::Connection& c) -> Result<PersonView> {
    auto before = visible_person(c, caller, person.id);
    if (!before) return std::unexpected(before.error());
    auto org = writable_org(c, caller, before->org);
    if (!org) return std::unexpected(org.error());
    auto target = person.org == before->org  // the record may move to another org
                      ? org
                      : detail::org_taking_records(c, caller, person.org, "org_id");
    if (!target) return std::unexpected(target.error());
    if (expected_version && *expected_version != before->version)
      return fail(ErrorCode::conflict,
                  "Hồ sơ này vừa được người khác thay đổi; hãy tải lại rồi sửa tiếp.", "version");
    if (auto ok = detail::check_person(c, person); !ok) return std::unexpected(ok.error());
    person.version = before->version;
    if (to_json(person) == to_json(*before)) return detail::person_view(c, person, today_in_vietnam());
    person.version = before->version + 1;
    if (!store::update_person(c, person))
      return fail(ErrorCode::conflict, "Hồ sơ này vừa được người khác thay đổi; hãy tải lại.", "version");
    detail::AuditLog(c, caller).record("person.update", "person", person.id.value, target->path,
                                       to_text(to_json(*before)), to_text(to_json(person)));
    return detail::person_view(c, person, today_in_vietnam());
  });
}

}  // namespace ketnap::app
