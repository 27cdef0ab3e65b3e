#include "store/dossiers.hpp"

#include <fmt/format.h>

#include <map>

#include "store/values.hpp"

namespace ketnap::store {
namespace {

constexpr std::string_view dossier_columns =
    "d.id, d.person_id, d.org_id, d.profile_json, d.stage, d.open, d.next_step, d.next_earliest, "
    "d.next_due, d.next_due_extended, d.next_rule, d.membership_id, d.version, d.opened_at, "
    "d.closed_at, p.full_name, o.name";

constexpr std::string_view dossier_tables =
    "FROM dossiers d JOIN people p ON p.id = d.person_id JOIN orgs o ON o.id = d.org_id";

std::optional<NextStep> read_next(const Row& r) {
  auto step = r.optional_text(6);
  if (!step) return std::nullopt;
  NextStep next;
  next.step = parse_step(*step).value_or(Step::nguon);
  next.earliest = optional_date(r, 7);
  next.due = optional_date(r, 8);
  next.due_extended = optional_date(r, 9);
  next.rule = r.text(10);
  return next;
}

DossierRecord read_dossier(const Row& r) {
  DossierRecord d;
  d.id = r.integer(0);
  d.person = PersonId{r.integer(1)};
  d.org = OrgId{r.integer(2)};
  d.profile_json = r.text(3);
  d.stage = r.text(4);
  d.open = r.integer(5) != 0;
  d.next = read_next(r);
  if (auto m = r.optional_integer(11)) d.membership = MembershipId{*m};
  d.version = static_cast<int>(r.integer(12));
  d.opened_at = r.text(13);
  d.closed_at = r.optional_text(14);
  d.person_name = r.text(15);
  d.org_name = r.text(16);
  return d;
}

std::vector<DossierRecord> read_dossiers(const std::vector<Row>& rows) {
  std::vector<DossierRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(read_dossier(r));
  return out;
}

Value optional_text(const std::optional<std::string>& text) {
  if (!text) return std::monostate{};
  return *text;
}

Value optional_bool(const std::optional<bool>& value) {
  if (!value) return std::monostate{};
  return std::int64_t{*value};
}

std::optional<bool> bool_at(const Row& r, std::size_t i) {
  auto value = r.optional_integer(i);
  if (!value) return std::nullopt;
  return *value != 0;
}

// Parameters $1..$15 in the order both INSERT and UPDATE use.
std::vector<Value> dossier_values(const DossierRecord& d) {
  const auto& n = d.next;
  return {d.id,
          d.person.value,
          d.org.value,
          d.profile_json,
          d.stage,
          std::int64_t{d.open},
          n ? Value{std::string(code(n->step))} : Value{},
          n ? optional_iso(n->earliest) : Value{},
          n ? optional_iso(n->due) : Value{},
          n ? optional_iso(n->due_extended) : Value{},
          n ? n->rule : std::string(),
          d.membership ? Value{d.membership->value} : Value{},
          std::int64_t{d.version},
          d.opened_at,
          optional_text(d.closed_at)};
}

// The ids of a materialized path, "/1/7/42/" -> {1, 7, 42}.
std::vector<OrgId> ids_on_path(std::string_view path) {
  std::vector<OrgId> ids;
  std::size_t start = 1;
  while (start < path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) break;
    ids.push_back(OrgId{std::stoll(std::string(path.substr(start, end - start)))});
    start = end + 1;
  }
  return ids;
}

constexpr std::string_view profile_columns =
    "org_id, has_youth_union, has_trade_union, committee_members, has_dang_uy_bo_phan, settings_json";

OrgProfile read_profile(const Row& r) {
  OrgProfile p;
  p.org = OrgId{r.integer(0)};
  p.has_youth_union = bool_at(r, 1);
  p.has_trade_union = bool_at(r, 2);
  if (auto n = r.optional_integer(3)) p.committee_members = static_cast<int>(*n);
  p.has_dang_uy_bo_phan = bool_at(r, 4);
  p.settings_json = r.text(5);
  return p;
}

}  // namespace

void insert_dossier(Connection& c, const DossierRecord& d) {
  c.execute(
      "INSERT INTO dossiers (id, person_id, org_id, profile_json, stage, open, next_step, "
      "next_earliest, next_due, next_due_extended, next_rule, membership_id, version, opened_at, "
      "closed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
      dossier_values(d));
}

std::optional<DossierRecord> find_dossier(Connection& c, std::int64_t id) {
  auto row = c.query_one(fmt::format("SELECT {} {} WHERE d.id = $1", dossier_columns, dossier_tables), {id});
  if (!row) return std::nullopt;
  return read_dossier(*row);
}

bool update_dossier(Connection& c, const DossierRecord& d) {
  auto values = dossier_values(d);
  values.push_back(std::int64_t{d.version - 1});
  return c.execute(
             "UPDATE dossiers SET person_id = $2, org_id = $3, profile_json = $4, stage = $5, open = $6, "
             "next_step = $7, next_earliest = $8, next_due = $9, next_due_extended = $10, next_rule = $11, "
             "membership_id = $12, version = $13, opened_at = $14, closed_at = $15 "
             "WHERE id = $1 AND version = $16",
             values) == 1;
}

std::optional<std::int64_t> open_dossier_of(Connection& c, PersonId person) {
  auto row = c.query_one("SELECT id FROM dossiers WHERE person_id = $1 AND open = 1", {person.value});
  if (!row) return std::nullopt;
  return row->integer(0);
}

void insert_dossier_step(Connection& c, const StepRow& s) {
  c.execute(
      "INSERT INTO dossier_steps (id, dossier_id, step, date, data_json, recorded_at, recorded_by, "
      "batch_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {s.id, s.dossier, s.step, iso(s.date), s.data_json, s.recorded_at, s.recorded_by,
       s.batch ? Value{*s.batch} : Value{}});
}

std::vector<StepRow> dossier_steps(Connection& c, std::int64_t dossier) {
  std::vector<StepRow> out;
  for (const Row& r :
       c.query("SELECT id, dossier_id, step, date, data_json, recorded_at, recorded_by, batch_id "
               "FROM dossier_steps WHERE dossier_id = $1 ORDER BY id",
               {dossier}))
    out.push_back(StepRow{r.integer(0), r.integer(1), r.text(2), date_at(r, 3), r.text(4), r.text(5),
                          r.text(6), r.optional_integer(7)});
  return out;
}

void insert_dossier_note(Connection& c, const NoteRow& n) {
  c.execute(
      "INSERT INTO dossier_notes (id, dossier_id, meeting_on, helper, note, recorded_at, recorded_by) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {n.id, n.dossier, iso(n.meeting_on), n.helper, n.note, n.recorded_at, n.recorded_by});
}

std::vector<NoteRow> dossier_notes(Connection& c, std::int64_t dossier) {
  std::vector<NoteRow> out;
  for (const Row& r : c.query("SELECT id, dossier_id, meeting_on, helper, note, recorded_at, recorded_by "
                              "FROM dossier_notes WHERE dossier_id = $1 ORDER BY meeting_on, id",
                              {dossier}))
    out.push_back(
        NoteRow{r.integer(0), r.integer(1), date_at(r, 2), r.text(3), r.text(4), r.text(5), r.text(6)});
  return out;
}

void insert_batch(Connection& c, const BatchRow& b) {
  c.execute("INSERT INTO batches (id, step, date, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5)",
            {b.id, b.step, iso(b.date), b.recorded_at, b.recorded_by});
}

Found<DossierRecord> search_dossiers(Connection& c, const DossierFilter& f) {
  auto [low, high] = path_range(f.scope_path);
  std::vector<Value> params{low, high};
  std::string where = "o.path >= $1 AND o.path < $2";
  if (!f.stage.empty()) {
    params.push_back(f.stage);
    where += fmt::format(" AND d.stage = ${}", params.size());
  }
  if (f.open) {
    params.push_back(std::int64_t{*f.open});
    where += fmt::format(" AND d.open = ${}", params.size());
  }
  if (f.person) {
    params.push_back(f.person->value);
    where += fmt::format(" AND d.person_id = ${}", params.size());
  }
  for (const std::string& word : f.words) {
    params.push_back(like_pattern(word));
    where += fmt::format(" AND p.search_key LIKE ${} ESCAPE '\\'", params.size());
  }
  auto page = select_page(c, dossier_columns, fmt::format("{} WHERE {}", dossier_tables, where),
                          "p.sort_key, d.id", std::move(params), f.window);
  return {read_dossiers(page.rows), page.total};
}

std::vector<StageTally> count_dossiers_by_stage(Connection& c, std::string_view scope_path) {
  auto [low, high] = path_range(scope_path);
  std::vector<StageTally> out;
  for (const Row& r :
       c.query("SELECT d.stage, d.open, count(*) FROM dossiers d JOIN orgs o ON o.id = d.org_id "
               "WHERE o.path >= $1 AND o.path < $2 GROUP BY d.stage, d.open",
               {low, high}))
    out.push_back(StageTally{r.text(0), r.integer(1) != 0, r.integer(2)});
  return out;
}

std::vector<MonthTally> count_admissions_by_month(Connection& c, std::string_view scope_path, Date from, Date to) {
  auto [low, high] = path_range(scope_path);
  std::map<std::string, MonthTally> months;
  auto count = [&](std::string_view column, std::int64_t MonthTally::*into) {
    // substr keeps "YYYY-MM" of the ISO date: the same in SQLite and PostgreSQL.
    std::string sql = fmt::format(
        "SELECT substr(m.{0}, 1, 7), count(*) FROM memberships m JOIN orgs o ON o.id = m.org_id "
        "WHERE o.path >= $1 AND o.path < $2 AND m.{0} >= $3 AND m.{0} <= $4 GROUP BY substr(m.{0}, 1, 7)",
        column);
    for (const Row& r : c.query(sql, {low, high, iso(from), iso(to)})) {
      MonthTally& tally = months[r.text(0)];
      tally.month = r.text(0);
      tally.*into = r.integer(1);
    }
  };
  count("ceremony_on", &MonthTally::admitted);
  count("official_on", &MonthTally::official);
  std::vector<MonthTally> out;
  for (auto& [month, tally] : months) out.push_back(std::move(tally));
  return out;
}

std::vector<DossierRecord> dossiers_due(Connection& c, std::string_view scope_path) {
  auto [low, high] = path_range(scope_path);
  return read_dossiers(c.query(
      fmt::format("SELECT {} {} WHERE o.path >= $1 AND o.path < $2 AND d.open = 1 AND d.next_due IS NOT NULL "
                  "ORDER BY d.next_due, d.id",
                  dossier_columns, dossier_tables),
      {low, high}));
}

std::optional<OrgProfile> find_org_profile(Connection& c, OrgId org) {
  auto row =
      c.query_one(fmt::format("SELECT {} FROM org_profiles WHERE org_id = $1", profile_columns), {org.value});
  if (!row) return std::nullopt;
  return read_profile(*row);
}

void upsert_org_profile(Connection& c, const OrgProfile& p) {
  c.execute(
      "INSERT INTO org_profiles (org_id, has_youth_union, has_trade_union, committee_members, "
      "has_dang_uy_bo_phan, settings_json) VALUES ($1, $2, $3, $4, $5, $6) "
      "ON CONFLICT (org_id) DO UPDATE SET has_youth_union = $2, has_trade_union = $3, "
      "committee_members = $4, has_dang_uy_bo_phan = $5, settings_json = $6",
      {p.org.value, optional_bool(p.has_youth_union), optional_bool(p.has_trade_union),
       optional_int(p.committee_members), optional_bool(p.has_dang_uy_bo_phan), p.settings_json});
}

std::vector<ProfiledOrg> profiles_on_path(Connection& c, const Org& org) {
  std::vector<OrgId> ids = ids_on_path(org.path);
  std::vector<ProfiledOrg> out;
  for (Org& o : find_orgs(c, ids)) out.push_back(ProfiledOrg{std::move(o), std::nullopt});
  std::string in;
  std::vector<Value> params;
  for (OrgId id : ids) {
    params.push_back(id.value);
    in += fmt::format("{}${}", in.empty() ? "" : ", ", params.size());
  }
  if (params.empty()) return out;
  for (const Row& r : c.query(
           fmt::format("SELECT {} FROM org_profiles WHERE org_id IN ({})", profile_columns, in), params)) {
    OrgProfile profile = read_profile(r);
    for (ProfiledOrg& on_path : out)
      if (on_path.org.id == profile.org) on_path.profile = profile;
  }
  return out;
}

void update_membership_dates(Connection& c, const Membership& m) {
  c.execute("UPDATE memberships SET official_on = $2, left_on = $3, left_reason = $4 WHERE id = $1",
            {m.id.value, optional_iso(m.official_on), optional_iso(m.left_on), m.left_reason});
}

}  // namespace ketnap::store
