// Internal to app: the pieces every use case shares — running work in a transaction,
// scoping by the caller's subtree, audit entries, paging. Not included outside src/app.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.hpp"
#include "store/store.hpp"

namespace ketnap::app {

// The calendar in force, built on first use and dropped after every change (app/calendar.cpp).
struct Service::CalendarCache {
  std::mutex mutex;
  std::shared_ptr<const WorkCalendar> current;  // null: rebuild on next use
  void forget() {
    std::lock_guard lock(mutex);
    current.reset();
  }
};

}  // namespace ketnap::app

namespace ketnap::app::detail {

// Now as ISO 8601 UTC, e.g. "2026-11-23T08:15:02Z".
std::string now_utc();

// Runs `work(Connection&) -> Result<T>` in one write transaction, committing only on
// success. A constraint the database catches (a race the checks missed) becomes a conflict.
template <class T, class Work>
Result<T> write(store::Database& db, Work&& work) {
  std::optional<Result<T>> out;
  try {
    db.write([&](store::Connection& c) {
      out.emplace(work(c));
      return out->has_value() ? store::Commit::yes : store::Commit::no;
    });
  } catch (const store::ConstraintError&) {
    return fail(ErrorCode::conflict, "Dữ liệu trùng với một bản ghi đã có; không có gì được lưu.");
  }
  return std::move(*out);
}

// Runs `work(Connection&) -> Status` in one write transaction (see write above).
template <class Work>
Status write_status(store::Database& db, Work&& work) {
  auto done = write<std::monostate>(db, [&](store::Connection& c) -> Result<std::monostate> {
    if (auto ok = work(c); !ok) return std::unexpected(ok.error());
    return std::monostate{};
  });
  if (!done) return std::unexpected(done.error());
  return {};
}

template <class T, class Work>
Result<T> read(store::Database& db, Work&& work) {
  std::optional<Result<T>> out;
  db.read([&](store::Connection& c) { out.emplace(work(c)); });
  return std::move(*out);
}

// The organization if the caller may see it; otherwise not_found, as if it did not exist.
Result<Org> visible_org(store::Connection& c, const Caller& caller, OrgId id);
// The organization if the caller may change things in it: not_found outside the subtree,
// forbidden for a read-only role.
Result<Org> writable_org(store::Connection& c, const Caller& caller, OrgId id);

// An organization that can take new records (people, members, accounts): writable by
// the caller and not dissolved. Errors name `field`.
Result<Org> org_taking_records(store::Connection& c, const Caller& caller, OrgId id, std::string field);

// Ancestors of `org` that the caller can see, from the caller's organization down.
std::vector<OrgRef> visible_ancestors(store::Connection& c, const Caller& caller, const Org& org);

Result<store::Window> window(const PageRequest& page);
// Folded query words: "Nguyễn  Văn" -> {"nguyen", "van"}.
std::vector<std::string> search_words(std::string_view query);

class AuditLog {
 public:
  AuditLog(store::Connection& c, const Caller& caller) : c_(c), caller_(caller), at_(now_utc()) {}
  void record(std::string_view action, std::string_view entity, std::int64_t entity_id,
              std::string_view org_path, std::string before_json, std::string after_json);
  const std::string& at() const { return at_; }

 private:
  store::Connection& c_;
  const Caller& caller_;
  std::string at_;
};

// The Writer behind in_one_transaction and behind every single-record write.
class TransactionWriter final : public Writer {
 public:
  TransactionWriter(store::Connection& c, const Caller& caller) : c_(c), caller_(caller), audit_(c, caller) {}
  Result<Org> create_org(const NewOrg& org) override;
  Result<Person> create_person(Person person) override;
  Result<Membership> add_membership(Membership membership) override;
  Result<UserView> add_user(const NewUser& user) override;

 private:
  Result<Org> parent_for_new_org(const NewOrg& org);
  store::Connection& c_;
  const Caller& caller_;
  AuditLog audit_;
};

// Shared checks of a person record before it is saved (create or update).
Status check_person(store::Connection& c, Person& person);

PersonView person_view(store::Connection& c, const Person& person, Date today);

}  // namespace ketnap::app::detail
