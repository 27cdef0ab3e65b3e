// The store's public face: repositories written once in portable SQL over a Connection,
// so both backends share them. Functions take the Connection of an open read() or write()
// and never commit on their own. Each mirrors one table of migrations/.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/access.hpp"
#include "core/audit.hpp"
#include "core/membership.hpp"
#include "core/org.hpp"
#include "core/person.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"

namespace ketnap::store {

// Allocates the next 64-bit id inside the current write transaction.
std::int64_t next_id(Connection& c);

// A page of rows with the count of all that matched.
template <class T>
struct Found {
  std::vector<T> rows;
  std::int64_t total = 0;
};

struct Window {
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

// ---- orgs ------------------------------------------------------------------------------
std::optional<Org> find_org(Connection& c, OrgId id);
std::vector<Org> find_orgs(Connection& c, const std::vector<OrgId>& ids);
void insert_org(Connection& c, const Org& org);
// Saves `org` if the stored version is still `org.version - 1`; false when stale.
bool update_org(Connection& c, const Org& org);
// Moves every path under `from` to start with `to` instead (orgs and audit entries).
void rewrite_paths(Connection& c, std::string_view from, std::string_view to);
std::vector<Org> child_orgs(Connection& c, OrgId parent, bool include_dissolved);

struct OrgFilter {
  std::string scope_path;           // subtree to search
  std::vector<std::string> words;   // folded; each must appear in the name
  std::optional<OrgType> type;
  bool include_dissolved = false;
  Window window;
};
Found<Org> search_orgs(Connection& c, const OrgFilter& filter);

OrgCounts count_subtree(Connection& c, const Org& org, Date as_of);
// Children not dissolved, and current members, that stop an organization being dissolved.
std::int64_t active_children(Connection& c, OrgId id);
std::int64_t current_members(Connection& c, std::string_view path, Date on);

void insert_org_event(Connection& c, const OrgEvent& event);
std::vector<OrgEvent> org_events(Connection& c, OrgId id);

// ---- people ----------------------------------------------------------------------------
std::optional<Person> find_person(Connection& c, PersonId id);
std::optional<PersonId> person_with_cccd(Connection& c, std::string_view cccd);
// The folded search key and the Vietnamese sort key are derived and stored beside the name.
void insert_person(Connection& c, const Person& person);
// Saves `person` if the stored version is still `person.version - 1`; false when stale.
bool update_person(Connection& c, const Person& person);

struct PeopleFilter {
  std::string scope_path;
  std::vector<std::string> words;  // folded; each must appear in the name
  std::string cccd_prefix;         // digits, when the query is a number
  std::optional<MemberStatus> status;
  Date status_on{};
  Window window;
};
Found<Person> search_people(Connection& c, const PeopleFilter& filter);

// ---- memberships -----------------------------------------------------------------------
void insert_membership(Connection& c, const Membership& membership);
std::optional<Membership> latest_membership(Connection& c, PersonId person);
// The latest membership of each of these people who has one, in one query (a page of a list).
std::map<PersonId, Membership> latest_memberships(Connection& c, std::span<const PersonId> people);

// ---- users and sessions ----------------------------------------------------------------
std::optional<User> find_user(Connection& c, UserId id);
std::optional<User> find_user_by_name(Connection& c, std::string_view username);
void insert_user(Connection& c, const User& user, std::string_view created_at);

struct SessionRecord {
  std::string token_digest;
  UserId user;
  std::string csrf;
  std::string created_at;
  std::string expires_at;
};
void insert_session(Connection& c, const SessionRecord& session);
std::optional<SessionRecord> find_session(Connection& c, std::string_view token_digest);
void delete_session(Connection& c, std::string_view token_digest);
void delete_sessions_expired_before(Connection& c, std::string_view instant);

// ---- audit -----------------------------------------------------------------------------
void insert_audit(Connection& c, const AuditEntry& entry, std::string_view org_path);

struct AuditFilter {
  std::string scope_path;
  std::string entity;
  std::optional<std::int64_t> entity_id;
  Window window;
};
Found<AuditEntry> search_audit(Connection& c, const AuditFilter& filter);

// ---- helpers shared by the repositories ------------------------------------------------------
// The half-open range [low, high) of paths inside `scope` ("/1/7/" → ["/1/7/", "/1/70")):
// a prefix match any index can serve.
std::pair<std::string, std::string> path_range(std::string_view scope);
// One page of "SELECT <columns> <from_where> ORDER BY <order>" and the count of all rows
// it matches. `params` are the $n of from_where; LIMIT and OFFSET are appended after them.
Found<Row> select_page(Connection& c, std::string_view columns, std::string_view from_where,
                       std::string_view order, std::vector<Value> params, Window window);
// "%word%" for LIKE, with LIKE's wildcards escaped by '\'.
std::string like_pattern(std::string_view word);

}  // namespace ketnap::store

// Last: these build on the declarations above.
#include "store/calendar.hpp"
#include "store/dossiers.hpp"
