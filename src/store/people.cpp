#include <fmt/format.h>

#include <map>
#include <span>
#include <vector>

#include "core/text.hpp"
#include "store/store.hpp"
#include "store/values.hpp"

namespace ketnap::store {
namespace {

constexpr std::string_view person_columns =
    "p.id, p.org_id, p.full_name, p.other_names, p.gender, p.birth_date, p.birthplace, "
    "p.hometown, p.residence, p.ethnicity, p.religion, p.cccd, p.education_general, "
    "p.education_professional, p.political_theory, p.occupation, p.youth_union, p.trade_union, "
    "p.phone, p.version";

Person read_person(const Row& r) {
  Person p;
  p.id = PersonId{r.integer(0)};
  p.org = OrgId{r.integer(1)};
  p.full_name = r.text(2);
  p.other_names = r.text(3);
  p.gender = parse_gender(r.text(4)).value_or(Gender::nam);
  p.birth_date = date_at(r, 5);
  p.birthplace = r.text(6);
  p.hometown = r.text(7);
  p.residence = r.text(8);
  p.ethnicity = r.text(9);
  p.religion = r.text(10);
  p.cccd = r.text(11);
  p.education_general = r.text(12);
  p.education_professional = r.text(13);
  p.political_theory = r.text(14);
  p.occupation = r.text(15);
  p.youth_union = r.integer(16) != 0;
  p.trade_union = r.integer(17) != 0;
  p.phone = r.text(18);
  p.version = static_cast<int>(r.integer(19));
  return p;
}

// Parameters $1..$21 in the order both INSERT and UPDATE use.
std::vector<Value> person_values(const Person& p) {
  return {p.id.value,
          p.org.value,
          p.full_name,
          fold(p.full_name + " " + p.other_names),
          Blob{person_sort_key(p.full_name)},
          p.other_names,
          std::string(code(p.gender)),
          iso(p.birth_date),
          p.birthplace,
          p.hometown,
          p.residence,
          p.ethnicity,
          p.religion,
          p.cccd,
          p.education_general,
          p.education_professional,
          p.political_theory,
          p.occupation,
          std::int64_t{p.youth_union},
          std::int64_t{p.trade_union},
          p.phone,
          std::int64_t{p.version}};
}

}  // namespace

std::optional<Person> find_person(Connection& c, PersonId id) {
  auto row = c.query_one(fmt::format("SELECT {} FROM people p WHERE p.id = $1", person_columns),
                         {id.value});
  if (!row) return std::nullopt;
  return read_person(*row);
}

std::optional<PersonId> person_with_cccd(Connection& c, std::string_view cccd) {
  auto row = c.query_one("SELECT id FROM people WHERE cccd = $1", {std::string(cccd)});
  if (!row) return std::nullopt;
  return PersonId{row->integer(0)};
}

void insert_person(Connection& c, const Person& p) {
  auto values = person_values(p);
  c.execute(
      "INSERT INTO people (id, org_id, full_name, search_key, sort_key, other_names, gender, "
      "birth_date, birthplace, hometown, residence, ethnicity, religion, cccd, education_general, "
      "education_professional, political_theory, occupation, youth_union, trade_union, phone, "
      "version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, "
      "$17, $18, $19, $20, $21, $22)",
      values);
}

bool update_person(Connection& c, const Person& p) {
  auto values = person_values(p);
  values.push_back(std::int64_t{p.version - 1});
  return c.execute(
             "UPDATE people SET org_id = $2, full_name = $3, search_key = $4, sort_key = $5, "
             "other_names = $6, gender = $7, birth_date = $8, birthplace = $9, hometown = $10, "
             "residence = $11, ethnicity = $12, religion = $13, cccd = $14, "
             "education_general = $15, education_professional = $16, political_theory = $17, "
             "occupation = $18, youth_union = $19, trade_union = $20, phone = $21, version = $22 "
             "WHERE id = $1 AND version = $23",
             values) == 1;
}

Found<Person> search_people(Connection& c, const PeopleFilter& f) {
  auto [low, high] = path_range(f.scope_path);
  std::vector<Value> params{low, high};
  std::string where = "o.path >= $1 AND o.path < $2";
  for (const std::string& word : f.words) {
    params.push_back(like_pattern(word));
    where += fmt::format(" AND p.search_key LIKE ${} ESCAPE '\\'", params.size());
  }
  if (!f.cccd_prefix.empty()) {
    params.push_back(f.cccd_prefix + "%");
    where += fmt::format(" AND p.cccd LIKE ${}", params.size());
  }
  if (f.status) {
    // A member on the day: a ceremony held by then and not left by then.
    params.push_back(iso(f.status_on));
    std::string day = fmt::format("${}", params.size());
    std::string member = fmt::format(
        "EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.ceremony_on <= {0} "
        "AND (m.left_on IS NULL OR m.left_on > {0})",
        day);
    switch (*f.status) {
      case MemberStatus::quan_chung: where += " AND NOT " + member + ")"; break;
      case MemberStatus::du_bi:
        where += fmt::format(" AND {} AND (m.official_on IS NULL OR m.official_on > {}))", member, day);
        break;
      case MemberStatus::chinh_thuc:
        where += fmt::format(" AND {} AND m.official_on <= {})", member, day);
        break;
    }
  }
  auto page = select_page(c, person_columns, "FROM people p JOIN orgs o ON o.id = p.org_id WHERE " + where,
                          "p.sort_key, p.id", std::move(params), f.window);
  Found<Person> found{{}, page.total};
  for (const Row& r : page.rows) found.rows.push_back(read_person(r));
  return found;
}

void insert_membership(Connection& c, const Membership& m) {
  c.execute(
      "INSERT INTO memberships (id, person_id, org_id, decision_on, ceremony_on, official_on, "
      "left_on, left_reason, temporary_from, temporary_until, temporary_note) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {m.id.value, m.person.value, m.org.value, iso(m.decision_on), iso(m.ceremony_on),
       optional_iso(m.official_on), optional_iso(m.left_on), m.left_reason,
       optional_iso(m.temporary_from), optional_iso(m.temporary_until), m.temporary_note});
}

namespace {

constexpr std::string_view membership_columns =
    "id, person_id, org_id, decision_on, ceremony_on, official_on, left_on, left_reason, "
    "temporary_from, temporary_until, temporary_note";

Membership read_membership(const Row& r) {
  Membership m;
  m.id = MembershipId{r.integer(0)};
  m.person = PersonId{r.integer(1)};
  m.org = OrgId{r.integer(2)};
  m.decision_on = date_at(r, 3);
  m.ceremony_on = date_at(r, 4);
  m.official_on = optional_date(r, 5);
  m.left_on = optional_date(r, 6);
  m.left_reason = r.text(7);
  m.temporary_from = optional_date(r, 8);
  m.temporary_until = optional_date(r, 9);
  m.temporary_note = r.text(10);
  return m;
}

}  // namespace

std::optional<Membership> latest_membership(Connection& c, PersonId person) {
  auto r = c.query_one(fmt::format("SELECT {} FROM memberships WHERE person_id = $1 "
                                   "ORDER BY ceremony_on DESC, id DESC LIMIT 1",
                                   membership_columns),
                       {person.value});
  if (!r) return std::nullopt;
  return read_membership(*r);
}

std::map<PersonId, Membership> latest_memberships(Connection& c, std::span<const PersonId> people) {
  std::map<PersonId, Membership> latest;
  if (people.empty()) return latest;
  std::vector<Value> ids;
  std::string placeholders;
  for (PersonId id : people) {
    ids.emplace_back(id.value);
    placeholders += fmt::format("{}${}", placeholders.empty() ? "" : ", ", ids.size());
  }
  // Oldest first, so each person's last row is their latest membership.
  auto rows = c.query(fmt::format("SELECT {} FROM memberships WHERE person_id IN ({}) ORDER BY ceremony_on, id",
                                  membership_columns, placeholders),
                      ids);
  for (const Row& r : rows) {
    Membership m = read_membership(r);
    latest.insert_or_assign(m.person, std::move(m));
  }
  return latest;
}

}  // namespace ketnap::store
