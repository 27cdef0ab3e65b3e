#include "cli/commands.hpp"

#include <termios.h>
#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

#include "app/app.hpp"
#include "app/demo.hpp"
#include "http/server.hpp"
#include "store/store.hpp"

namespace ketnap::cli {
namespace {

std::unique_ptr<store::Database> open_migrated(const std::string& path) {
  auto db = store::open_sqlite(path);
  store::migrate(*db);
  return db;
}

int report(const Error& error) {
  if (error.field.empty()) fmt::print(stderr, "Lỗi: {}\n", error.message);
  else fmt::print(stderr, "Lỗi ({}): {}\n", error.field, error.message);
  return error.code == ErrorCode::invalid ? 2 : 1;
}

struct HostPort {
  std::string host;
  unsigned short port = 0;
};

std::optional<HostPort> parse_listen(const std::string& text) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos) return std::nullopt;
  try {
    int port = std::stoi(text.substr(colon + 1));
    if (port < 0 || port > 65535) return std::nullopt;
    return HostPort{text.substr(0, colon), static_cast<unsigned short>(port)};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Hides what is typed while it is in scope, when standard input is a terminal.
class HiddenInput {
 public:
  HiddenInput() : active_(::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &saved_) == 0) {
    if (!active_) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    fmt::print(stderr, "Mật khẩu: ");
  }
  ~HiddenInput() {
    if (!active_) return;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved_);
    fmt::print(stderr, "\n");
  }
  HiddenInput(const HiddenInput&) = delete;
  HiddenInput& operator=(const HiddenInput&) = delete;

 private:
  termios saved_{};
  bool active_;
};

// One line from standard input: typed at a prompt, or piped in by a script.
std::string read_password(std::istream& in) {
  std::string password;
  {
    HiddenInput hidden;
    std::getline(in, password);
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

}  // namespace

int serve(const Options& options) {
  auto listen = parse_listen(options.listen);
  if (!listen) {
    fmt::print(stderr, "Lỗi (--listen): địa chỉ phải có dạng HOST:PORT, ví dụ 127.0.0.1:8080.\n");
    return 2;
  }
  if (!options.today.empty()) {
    auto day = parse_iso_date(options.today);
    if (!day) {
      fmt::print(stderr, "Lỗi (--today): ngày phải có dạng YYYY-MM-DD, ví dụ 2026-11-23.\n");
      return 2;
    }
    pin_today(*day);
  }
  auto db = open_migrated(options.db);
  app::Service service(*db);
  http::ServerOptions server;
  server.host = listen->host;
  server.port = listen->port;
  server.web_root = options.web_root;
  server.worker_threads = options.workers;
  server.database_backend = std::string(db->backend());
  server.version = KETNAP_VERSION;
  http::serve(service, server, [&](unsigned short port) {
    fmt::print("Ketnap đang chạy tại http://{}:{}/ (cơ sở dữ liệu {})\n", listen->host, port,
               options.db);
    std::fflush(stdout);
  });
  return 0;
}

int migrate(const Options& options) {
  auto db = store::open_sqlite(options.db);
  int applied = store::migrate(*db);
  fmt::print("Đã áp dụng {} bản nâng cấp lược đồ cho {}.\n", applied, options.db);
  return 0;
}

int demo(const Options& options) {
  auto db = open_migrated(options.db);
  app::Service service(*db);
  auto summary = app::load_demo(service);
  if (!summary) return report(summary.error());
  if (summary->already_loaded) {
    fmt::print("Dữ liệu mẫu đã có sẵn trong {}; không thay đổi gì.\n", options.db);
  } else {
    fmt::print("Đã nạp dữ liệu mẫu: {} tổ chức đảng, {} người, {} đảng viên, {} hồ sơ phát triển đảng viên, "
               "{} tài khoản.\n",
               summary->orgs, summary->people, summary->members, summary->dossiers, summary->users);
  }
  fmt::print("Đăng nhập với mật khẩu \"{}\" bằng một trong các tài khoản:\n", app::demo_password);
  for (const auto& account : app::demo_accounts())
    fmt::print("  {:<10} {:<18} {}\n", account.username, label(account.role), account.org_name);
  return 0;
}

int user_add(const Options& options, std::istream& password_input) {
  auto role = parse_role(options.role);
  if (!role) {
    fmt::print(stderr, "Lỗi (--role): vai trò phải là quan_tri, can_bo hoặc xem.\n");
    return 2;
  }
  std::string password = read_password(password_input);
  auto db = open_migrated(options.db);
  app::Service service(*db);
  auto user = service.add_user(app::Service::system_caller(),
                               {options.username, password, *role, OrgId{options.org},
                                options.full_name});
  if (!user) return report(user.error());
  fmt::print("Đã tạo tài khoản {} ({}) gắn với {}.\n", user->username, label(user->role),
             user->org_name);
  return 0;
}

int org_add(const Options& options) {
  auto type = parse_org_type(options.org_type);
  if (!type) {
    fmt::print(stderr, "Lỗi (--type): loại tổ chức không hợp lệ. Chọn một trong:");
    for (OrgType t : all_org_types()) fmt::print(stderr, " {}", code(t));
    fmt::print(stderr, ".\n");
    return 2;
  }
  auto category = parse_org_category(options.org_category);
  if (!category) {
    fmt::print(stderr, "Lỗi (--category): loại hình chi bộ không hợp lệ.\n");
    return 2;
  }
  auto db = open_migrated(options.db);
  app::Service service(*db);
  app::NewOrg org{options.parent ? std::optional(OrgId{options.parent}) : std::nullopt, options.org_name,
                  *type, *category,
                  options.staff_count >= 0 ? std::optional(options.staff_count) : std::nullopt, {}};
  auto made = service.create_org(app::Service::system_caller(), org);
  if (!made) return report(made.error());
  fmt::print("Đã tạo {} \"{}\" (mã {}).\n", label(made->org.type), made->org.name, made->org.id.value);
  return 0;
}

}  // namespace ketnap::cli
