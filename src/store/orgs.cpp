#include <fmt/format.h>

#include "core/text.hpp"
#include "store/store.hpp"
#include "store/values.hpp"

namespace ketnap::store {
namespace {

constexpr std::string_view org_columns =
    "id, parent_id, name, type, category, staff_count, path, established_on, dissolved_on, version";

Org read_org(const Row& r) {
  Org org;
  org.id = OrgId{r.integer(0)};
  if (auto parent = r.optional_integer(1)) org.parent = OrgId{*parent};
  org.name = r.text(2);
  org.type = parse_org_type(r.text(3)).value_or(OrgType::chi_bo_truc_thuoc);
  org.category = parse_org_category(r.text(4)).value_or(OrgCategory::none);
  if (auto staff = r.optional_integer(5)) org.staff_count = static_cast<int>(*staff);
  org.path = r.text(6);
  org.established_on = date_at(r, 7);
  org.dissolved_on = optional_date(r, 8);
  org.version = static_cast<int>(r.integer(9));
  return org;
}

std::vector<Org> read_orgs(const std::vector<Row>& rows) {
  std::vector<Org> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(read_org(r));
  return out;
}

std::int64_t count(Connection& c, std::string_view sql, std::initializer_list<Value> params) {
  return c.query_one(sql, params)->integer(0);
}

}  // namespace

std::optional<Org> find_org(Connection& c, OrgId id) {
  auto row = c.query_one(fmt::format("SELECT {} FROM orgs WHERE id = $1", org_columns), {id.value});
  if (!row) return std::nullopt;
  return read_org(*row);
}

std::vector<Org> find_orgs(Connection& c, const std::vector<OrgId>& ids) {
  std::vector<Org> out;
  for (OrgId id : ids)
    if (auto org = find_org(c, id)) out.push_back(std::move(*org));
  return out;
}

void insert_org(Connection& c, const Org& o) {
  c.execute(
      "INSERT INTO orgs (id, parent_id, name, name_key, type, category, staff_count, path, "
      "established_on, dissolved_on, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {o.id.value, o.parent ? Value{o.parent->value} : Value{}, o.name, fold(o.name),
       std::string(code(o.type)), std::string(code(o.category)), optional_int(o.staff_count), o.path,
       iso(o.established_on), optional_iso(o.dissolved_on), std::int64_t{o.version}});
}

bool update_org(Connection& c, const Org& o) {
  return c.execute(
             "UPDATE orgs SET parent_id = $2, name = $3, name_key = $4, category = $5, "
             "staff_count = $6, path = $7, dissolved_on = $8, version = $9 "
             "WHERE id = $1 AND version = $10",
             {o.id.value, o.parent ? Value{o.parent->value} : Value{}, o.name, fold(o.name),
              std::string(code(o.category)), optional_int(o.staff_count), o.path,
              optional_iso(o.dissolved_on), std::int64_t{o.version}, std::int64_t{o.version - 1}}) == 1;
}

void rewrite_paths(Connection& c, std::string_view from, std::string_view to) {
  auto [low, high] = path_range(from);
  std::int64_t cut = static_cast<std::int64_t>(from.size()) + 1;
  for (std::string_view table : {"orgs", "audit"}) {
    std::string column = table == "orgs" ? "path" : "org_path";
    c.execute(fmt::format("UPDATE {0} SET {1} = $1 || substr({1}, $2) WHERE {1} >= $3 AND {1} < $4",
                          table, column),
              {std::string(to), cut, low, high});
  }
}

std::vector<Org> child_orgs(Connection& c, OrgId parent, bool include_dissolved) {
  return read_orgs(c.query(
      fmt::format("SELECT {} FROM orgs WHERE parent_id = $1 AND ($2 = 1 OR dissolved_on IS NULL) "
                  "ORDER BY path",
                  org_columns),
      {parent.value, std::int64_t{include_dissolved}}));
}

Found<Org> search_orgs(Connection& c, const OrgFilter& f) {
  auto [low, high] = path_range(f.scope_path);
  std::string where = "path >= $1 AND path < $2 AND ($3 = 1 OR dissolved_on IS NULL) AND ($4 = '' OR type = $4)";
  std::vector<Value> params{low, high, std::int64_t{f.include_dissolved},
                            f.type ? std::string(code(*f.type)) : std::string()};
  for (const std::string& word : f.words) {
    params.push_back(like_pattern(word));
    where += fmt::format(" AND name_key LIKE ${} ESCAPE '\\'", params.size());
  }
  auto page = select_page(c, org_columns, "FROM orgs WHERE " + where, "path", std::move(params), f.window);
  return {read_orgs(page.rows), page.total};
}

OrgCounts count_subtree(Connection& c, const Org& org, Date as_of) {
  auto [low, high] = path_range(org.path);
  std::string day = iso(as_of);
  // A member on `day`: ceremony held, not left. Probationary: not yet official.
  auto row = c.query_one(
      "SELECT count(*), "
      "  coalesce(sum(CASE WHEN m.official_on IS NULL OR m.official_on > $3 THEN 1 ELSE 0 END), 0), "
      "  coalesce(sum(CASE WHEN m.temporary_from <= $3 AND (m.temporary_until IS NULL OR "
      "      m.temporary_until >= $3) THEN 1 ELSE 0 END), 0) "
      "FROM memberships m JOIN orgs o ON o.id = m.org_id "
      "WHERE o.path >= $1 AND o.path < $2 AND m.ceremony_on <= $3 "
      "  AND (m.left_on IS NULL OR m.left_on > $3)",
      {low, high, day});
  OrgCounts counts;
  counts.members = static_cast<int>(row->integer(0));
  counts.probationary = static_cast<int>(row->integer(1));
  counts.official = counts.members - counts.probationary;
  counts.temporarily_away = static_cast<int>(row->integer(2));
  counts.staff = org.staff_count;
  // Organizations that existed on `day`: founded by then and not yet dissolved.
  constexpr std::string_view existing = "established_on <= $3 AND (dissolved_on IS NULL OR dissolved_on > $3)";
  counts.children = static_cast<int>(count(
      c, fmt::format("SELECT count(*) FROM orgs WHERE parent_id = $1 AND {}", existing),
      {org.id.value, std::monostate{}, day}));
  counts.chi_bo = static_cast<int>(count(
      c,
      fmt::format("SELECT count(*) FROM orgs WHERE path >= $1 AND path < $2 AND {} "
                  "AND type IN ('chi_bo_co_so', 'chi_bo_truc_thuoc')",
                  existing),
      {low, high, day}));
  counts.people = static_cast<int>(count(
      c, "SELECT count(*) FROM people p JOIN orgs o ON o.id = p.org_id WHERE o.path >= $1 AND o.path < $2",
      {low, high}));
  return counts;
}

std::int64_t active_children(Connection& c, OrgId id) {
  return count(c, "SELECT count(*) FROM orgs WHERE parent_id = $1 AND dissolved_on IS NULL", {id.value});
}

std::int64_t current_members(Connection& c, std::string_view path, Date on) {
  auto [low, high] = path_range(path);
  return count(c,
               "SELECT count(*) FROM memberships m JOIN orgs o ON o.id = m.org_id "
               "WHERE o.path >= $1 AND o.path < $2 AND (m.left_on IS NULL OR m.left_on > $3)",
               {low, high, iso(on)});
}

void insert_org_event(Connection& c, const OrgEvent& e) {
  c.execute(
      "INSERT INTO org_events (id, org_id, kind, effective_on, before_json, after_json, "
      "recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {e.id, e.org.value, e.kind, iso(e.effective_on), e.before_json, e.after_json, e.recorded_at,
       e.recorded_by});
}

std::vector<OrgEvent> org_events(Connection& c, OrgId id) {
  std::vector<OrgEvent> out;
  for (const Row& r : c.query(
           "SELECT id, org_id, kind, effective_on, before_json, after_json, recorded_at, recorded_by "
           "FROM org_events WHERE org_id = $1 ORDER BY effective_on, id",
           {id.value})) {
    out.push_back(OrgEvent{r.integer(0), OrgId{r.integer(1)}, r.text(2),
                           date_at(r, 3), r.text(4), r.text(5),
                           r.text(6), r.text(7)});
  }
  return out;
}

}  // namespace ketnap::store
