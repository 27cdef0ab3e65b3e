// Use cases: one function per user intent. Each one authorizes the caller against its
// subtree, loads, asks core, and saves in one transaction together with an audit entry.
// Anything outside the caller's subtree answers not_found, exactly as if it did not exist.
//
// Thread safety: a Service is shared by all request threads; every method may be called
// concurrently (the store serializes writers).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/access.hpp"
#include "core/audit.hpp"
#include "core/calendar.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "core/membership.hpp"
#include "core/org.hpp"
#include "core/person.hpp"
#include "store/database.hpp"

namespace ketnap::app {

struct PageRequest {
  int page = 1;        // from 1
  int page_size = 50;  // 1..500
};

template <class T>
struct Paged {
  std::vector<T> items;
  std::int64_t total = 0;
  int page = 1;
  int page_size = 50;
};

// ---- organizations -------------------------------------------------------------------

using OrgCounts = ketnap::OrgCounts;

struct OrgRef {
  OrgId id;
  std::string name;
};

struct OrgView {
  Org org;
  std::vector<OrgRef> ancestors;  // from the caller's visible root down to the parent
  std::optional<OrgCounts> counts;  // filled by get_org
  Date as_of{};
};

struct NewOrg {
  std::optional<OrgId> parent;
  std::string name;
  OrgType type = OrgType::chi_bo_truc_thuoc;
  OrgCategory category = OrgCategory::none;
  std::optional<int> staff_count;
  std::optional<Date> established_on;  // default: today
};

struct OrgChanges {
  std::optional<std::string> name;
  std::optional<OrgCategory> category;
  std::optional<std::optional<int>> staff_count;  // set, or clear with nullopt inside
  std::optional<Date> effective_on;               // default: today
  std::optional<int> expected_version;            // stale -> conflict (409)
};

struct OrgQuery {
  std::optional<OrgId> within;  // default: the caller's organization
  std::string q;                // accent-insensitive match on the name
  std::optional<OrgType> type;
  bool include_dissolved = false;
  PageRequest page;
};

using OrgEvent = ketnap::OrgEvent;

// ---- people ----------------------------------------------------------------------------

struct PersonView {
  Person person;
  std::string org_name;
  MemberStatus status = MemberStatus::quan_chung;  // on today's date
  std::optional<Membership> membership;            // the current or latest one
};

struct PersonQuery {
  std::string q;                // words, accent- and case-insensitive; or CCCD digits
  std::optional<OrgId> org;     // subtree; default: the caller's organization
  std::optional<MemberStatus> status;
  PageRequest page;
};

// ---- accounts and sessions -------------------------------------------------------------

struct NewUser {
  std::string username;
  std::string password;
  Role role = Role::xem;
  OrgId org;
  std::string full_name;
};

struct UserView {
  UserId id;
  std::string username;
  std::string full_name;
  Role role = Role::xem;
  OrgId org;
  std::string org_name;
};

struct Session {
  std::string token;  // secret, goes only into the HttpOnly cookie
  std::string csrf;   // returned in the body; required in X-CSRF-Token on every write
  Caller caller;
  UserView user;
  std::chrono::seconds lifetime{};
};

// ---- audit -----------------------------------------------------------------------------

using AuditEntry = ketnap::AuditEntry;

struct AuditQuery {
  std::string entity;
  std::optional<std::int64_t> entity_id;
  PageRequest page;
};

// ---- calendar (RULES.md W-5) ------------------------------------------------------------

// Where the schedule in force for a year comes from.
enum class CalendarSource {
  builtin,   // rules/calendar.json
  database,  // set by an administrator (calendar_years)
  computed,  // neither: the Labour Code defaults (W-3)
};
std::string_view code(CalendarSource source);  // "builtin", "database", "computed"

struct CalendarYear {
  YearSchedule schedule;  // for a computed year: only `year` is set
  CalendarSource source = CalendarSource::computed;
  std::string updated_at;  // for a database year: when and by whom
  std::string updated_by;
};

// ---- writing several things in one transaction --------------------------------------------

// The use cases that write, bound to one open transaction. Every call validates, checks
// the caller's subtree and writes its audit entry; if the batch fails, nothing is kept.
class Writer {
 public:
  virtual ~Writer() = default;
  virtual Result<Org> create_org(const NewOrg& org) = 0;
  virtual Result<Person> create_person(Person person) = 0;
  virtual Result<Membership> add_membership(Membership membership) = 0;
  virtual Result<UserView> add_user(const NewUser& user) = 0;
};

class Service {
 public:
  explicit Service(store::Database& db);
  ~Service();

  // The CLI acts as the system: an administrator bound to the whole tree.
  static Caller system_caller();

  // Accounts. login() is rate limited per username and per client address.
  Result<Session> login(std::string_view username, std::string_view password,
                        std::string_view client_address);
  Result<Session> resume(std::string_view token);  // the session behind a cookie
  Status logout(std::string_view token);
  Result<UserView> add_user(const Caller& caller, const NewUser& user);

  // Organizations.
  Result<Paged<OrgView>> list_orgs(const Caller& caller, const OrgQuery& query);
  Result<OrgView> get_org(const Caller& caller, OrgId id, std::optional<Date> as_of = {});
  Result<std::vector<OrgView>> children(const Caller& caller, OrgId id,
                                        bool include_dissolved = false);
  Result<OrgView> create_org(const Caller& caller, const NewOrg& org);
  Result<OrgView> update_org(const Caller& caller, OrgId id, const OrgChanges& changes);
  Result<OrgView> move_org(const Caller& caller, OrgId id, OrgId new_parent,
                           std::optional<Date> effective_on, std::optional<int> expected_version);
  Result<OrgView> dissolve_org(const Caller& caller, OrgId id, std::optional<Date> effective_on,
                               std::optional<int> expected_version);
  Result<std::vector<OrgEvent>> org_history(const Caller& caller, OrgId id);

  // People. update_person takes the whole edited record (the HTTP layer applies a PATCH
  // onto get_person's result) and the version it was based on.
  Result<Paged<PersonView>> list_people(const Caller& caller, const PersonQuery& query);
  Result<PersonView> get_person(const Caller& caller, PersonId id);
  Result<PersonView> create_person(const Caller& caller, Person person);
  Result<PersonView> update_person(const Caller& caller, Person person,
                                   std::optional<int> expected_version);

  Result<Paged<AuditEntry>> list_audit(const Caller& caller, const AuditQuery& query);

  // Runs `work` in one transaction; commits only if it returns success.
  Status in_one_transaction(const Caller& caller, const std::function<Status(Writer&)>& work);

  store::Database& database() { return db_; }

  // The working-day calendar in force: the built-in schedule with the years set in the
  // database in place of the built-in ones. Cached; rebuilt after a change. Call it
  // outside a transaction.
  std::shared_ptr<const WorkCalendar> calendar();
  // The schedule in force for `year` (1900–2100, else not_found) and where it comes from.
  Result<CalendarYear> calendar_year(int year);
  // An administrator (quan_tri) replaces the year's schedule; others are forbidden. The
  // schedule is validated as parse_year_schedule would (dates in that year, Tết of at
  // most 9 days in January–February, distinct entries, names, kinds). Audited.
  Result<CalendarYear> set_calendar_year(const Caller& caller, YearSchedule schedule);
  // Back to the built-in (or computed) year; audited when the database had the year.
  Status reset_calendar_year(const Caller& caller, int year);

 private:
  struct Impl;
  struct CalendarCache;
  store::Database& db_;
  std::unique_ptr<Impl> impl_;
  std::unique_ptr<CalendarCache> calendar_cache_;
};

}  // namespace ketnap::app
