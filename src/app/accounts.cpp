// Accounts and sessions: login with Argon2id passwords, rate limited; sessions kept as
// token digests with a CSRF token each.
#include <chrono>
#include <deque>
#include <mutex>
#include <regex>
#include <unordered_map>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "app/internal.hpp"
#include "app/json.hpp"
#include "app/password.hpp"

namespace ketnap::app {
namespace {

constexpr std::chrono::seconds session_lifetime{8 * 3600};
constexpr std::chrono::minutes failure_window{15};
constexpr std::size_t failures_allowed = 5;

std::string utc_after(std::chrono::seconds delta) {
  auto when = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now() + delta);
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}Z", when);
}

Error wrong_credentials() {
  return Error{ErrorCode::unauthenticated, "Tên đăng nhập hoặc mật khẩu không đúng.", {}, {}};
}

}  // namespace

// Failed logins per username and per client address, in memory: a restart forgets them,
// which only shortens a lock-out.
class LoginThrottle {
 public:
  bool locked(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto& times = prune(key);
    return times.size() >= failures_allowed;
  }
  void failed(const std::string& key) {
    std::lock_guard lock(mutex_);
    prune(key).push_back(Clock::now());
  }
  void succeeded(const std::string& key) {
    std::lock_guard lock(mutex_);
    failures_.erase(key);
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::deque<Clock::time_point>& prune(const std::string& key) {
    auto& times = failures_[key];
    while (!times.empty() && Clock::now() - times.front() > failure_window) times.pop_front();
    return times;
  }
  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> failures_;
};

struct Service::Impl {
  LoginThrottle throttle;
  // Verified against when the username is unknown, so that both cases take as long.
  std::string decoy_hash = hash_password("ketnap-decoy-password");
};

Service::Service(store::Database& db)
    : db_(db), impl_(std::make_unique<Impl>()), calendar_cache_(std::make_unique<CalendarCache>()) {}
Service::~Service() = default;

Caller Service::system_caller() {
  return Caller{UserId{0}, "he_thong", Role::quan_tri, OrgId{0}, "/"};
}

namespace {

Result<Session> open_session(store::Connection& c, const User& user, std::string token,
                             std::string csrf) {
  auto org = store::find_org(c, user.org);
  if (!org) return fail(ErrorCode::unauthenticated, "Tổ chức của tài khoản không còn tồn tại.");
  Session session;
  session.token = std::move(token);
  session.csrf = std::move(csrf);
  session.caller = Caller{user.id, user.username, user.role, user.org, org->path};
  session.user = UserView{user.id, user.username, user.full_name, user.role, user.org, org->name};
  session.lifetime = session_lifetime;
  return session;
}

}  // namespace

Result<Session> Service::login(std::string_view username, std::string_view password,
                               std::string_view client_address) {
  if (username.empty()) return invalid("username", "Chưa nhập tên đăng nhập.");
  if (password.empty()) return invalid("password", "Chưa nhập mật khẩu.");
  std::string user_key = "u:" + std::string(username);
  std::string client_key = "c:" + std::string(client_address);
  if (impl_->throttle.locked(user_key) || impl_->throttle.locked(client_key))
    return fail(ErrorCode::rate_limited,
                "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");

  auto user = detail::read<User>(db_, [&](store::Connection& c) -> Result<User> {
    auto found = store::find_user_by_name(c, username);
    if (!found || found->disabled) return std::unexpected(wrong_credentials());
    return std::move(*found);
  });
  bool ok = verify_password(user ? user->password_hash : impl_->decoy_hash, password) && user;
  if (!ok) {
    impl_->throttle.failed(user_key);
    impl_->throttle.failed(client_key);
    return std::unexpected(wrong_credentials());
  }
  impl_->throttle.succeeded(user_key);

  std::string token = random_token();
  std::string csrf = random_token();
  return detail::write<Session>(db_, [&](store::Connection& c) -> Result<Session> {
    store::delete_sessions_expired_before(c, detail::now_utc());
    store::insert_session(c, {token_digest(token), user->id, csrf, detail::now_utc(),
                              utc_after(session_lifetime)});
    return open_session(c, *user, token, csrf);
  });
}

Result<Session> Service::resume(std::string_view token) {
  auto expired = [] {
    return fail(ErrorCode::unauthenticated, "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.");
  };
  if (token.empty()) return fail(ErrorCode::unauthenticated, "Chưa đăng nhập.");
  return detail::read<Session>(db_, [&](store::Connection& c) -> Result<Session> {
    auto session = store::find_session(c, token_digest(token));
    if (!session || session->expires_at < detail::now_utc()) return expired();
    auto user = store::find_user(c, session->user);
    if (!user || user->disabled) return expired();
    return open_session(c, *user, std::string(token), session->csrf);
  });
}

Status Service::logout(std::string_view token) {
  return detail::write_status(db_, [&](store::Connection& c) -> Status {
    store::delete_session(c, token_digest(token));
    return {};
  });
}

Result<UserView> Service::add_user(const Caller& caller, const NewUser& user) {
  return detail::write<UserView>(db_, [&](store::Connection& c) {
    return detail::TransactionWriter(c, caller).add_user(user);
  });
}

Result<UserView> detail::TransactionWriter::add_user(const NewUser& n) {
  static const std::regex username_pattern("[a-z0-9._-]{3,32}");
  if (!can_manage_users(caller_))
    return fail(ErrorCode::forbidden, "Chỉ quản trị hệ thống được tạo tài khoản.");
  if (!std::regex_match(n.username, username_pattern))
    return invalid("username",
                   "Tên đăng nhập gồm 3–32 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch.");
  if (n.password.size() < 8) return invalid("password", "Mật khẩu phải có ít nhất 8 ký tự.");
  auto org = org_taking_records(c_, caller_, n.org, "org");
  if (!org) return std::unexpected(org.error());
  if (store::find_user_by_name(c_, n.username))
    return fail(ErrorCode::conflict, fmt::format("Tên đăng nhập \"{}\" đã có người dùng.", n.username),
                "username");
  User user{UserId{store::next_id(c_)}, n.username, n.full_name, hash_password(n.password), n.role,
            n.org, false};
  store::insert_user(c_, user, audit_.at());
  UserView view{user.id, user.username, user.full_name, user.role, user.org, org->name};
  audit_.record("user.create", "user", user.id.value, org->path, "", to_text(to_json(view)));
  return view;
}

Result<Paged<AuditEntry>> Service::list_audit(const Caller& caller, const AuditQuery& query) {
  if (!can_read_audit(caller))
    return fail(ErrorCode::forbidden, "Tài khoản chỉ xem không được xem nhật ký thay đổi.");
  static const std::vector<std::string> entities{"",           "org",     "person",  "user",
                                                 "membership", "dossier", "calendar"};
  if (std::ranges::find(entities, query.entity) == entities.end())
    return invalid("entity", "Loại bản ghi phải là org, person, user, membership, dossier hoặc calendar.");
  auto win = detail::window(query.page);
  if (!win) return std::unexpected(win.error());
  return detail::read<Paged<AuditEntry>>(db_, [&](store::Connection& c) -> Result<Paged<AuditEntry>> {
    auto found = store::search_audit(c, {caller.org_path, query.entity, query.entity_id, *win});
    return Paged<AuditEntry>{std::move(found.rows), found.total, query.page.page, query.page.page_size};
  });
}

Status Service::in_one_transaction(const Caller& caller, const std::function<Status(Writer&)>& work) {
  return detail::write_status(db_, [&](store::Connection& c) {
    detail::TransactionWriter writer(c, caller);
    return work(writer);
  });
}

}  // namespace ketnap::app
