// ketnap: the admin CLI and the server. Every command is a thin face over app::Service.
#include <cstdio>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "core/text.hpp"

using namespace ketnap;

namespace {

// CLI11 pads the option column by bytes; a Vietnamese letter takes two or three of them, so
// descriptions after "CHUỖI BẮT BUỘC" would wander to the left. This pads by letters.
class LetterPaddingFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    std::string out = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    std::string description = make_option_desc(opt);
    if (!description.empty()) {
      std::size_t width = get_column_width(), shown = char_count(out);
      out += shown >= width ? "\n" + std::string(width, ' ') : std::string(width - shown, ' ');
      for (char c : description) {
        out += c;
        if (c == '\n') out += std::string(width, ' ');
      }
    }
    return out + "\n";
  }
};

// CLI11 speaks English; a party committee office reads Vietnamese.
void localize(CLI::App& cli) {
  cli.formatter(std::make_shared<LetterPaddingFormatter>());  // subcommands inherit it
  auto formatter = cli.get_formatter();
  formatter->label("Usage", "Cách dùng");
  formatter->label("OPTIONS", "TÙY CHỌN");
  formatter->label("SUBCOMMAND", "LỆNH");
  formatter->label("SUBCOMMANDS", "LỆNH");
  formatter->label("Options", "Tùy chọn");
  formatter->label("Subcommands", "Lệnh");
  formatter->label("REQUIRED", "BẮT BUỘC");
  formatter->label("TEXT", "CHUỖI");
  formatter->label("INT", "SỐ");
  formatter->label("Positionals", "Tham số");
  cli.option_defaults()->group("Tùy chọn");  // subcommands inherit it
}

// Parse errors in Vietnamese, keeping CLI11's words only for the option names.
int report_parse_error(CLI::App& cli, const CLI::ParseError& e) {
  if (e.get_exit_code() == 0) return cli.exit(e);  // --help, --version
  std::string what = e.what();
  std::string message;
  if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    auto cut = what.find(" is required");
    bool option = cut != std::string::npos && what.starts_with("--");
    message = option ? fmt::format("thiếu tùy chọn bắt buộc {}", what.substr(0, cut))
                     : "thiếu lệnh (serve, migrate, demo, org, user, check, calendar hoặc worklist)";
  } else if (dynamic_cast<const CLI::ConversionError*>(&e) ||
             dynamic_cast<const CLI::ValidationError*>(&e)) {
    message = fmt::format("giá trị không hợp lệ ({})", what);
  } else if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    message = fmt::format("tham số không được chấp nhận ({})", what);
  } else {
    message = what;
  }
  fmt::print(stderr, "Lỗi: {}.\nChạy \"ketnap --help\" để xem cách dùng.\n", message);
  return 2;
}

int run(int argc, char** argv) {
  CLI::App cli{"Ketnap — quản lý công tác phát triển đảng viên", "ketnap"};
  localize(cli);
  cli.require_subcommand(1);
  cli.set_version_flag("--version", std::string("ketnap ") + KETNAP_VERSION, "In phiên bản");
  cli.set_help_flag("-h,--help", "In hướng dẫn sử dụng");

  cli::Options options;
  auto db_option = [&](CLI::App* sub) {
    sub->add_option("--db", options.db, "Tệp cơ sở dữ liệu SQLite")->required();
    sub->set_help_flag("-h,--help", "In hướng dẫn sử dụng");
  };

  CLI::App* serve = cli.add_subcommand("serve", "Chạy máy chủ web và API")->group("Lệnh");
  db_option(serve);
  serve->add_option("--listen", options.listen, "Địa chỉ lắng nghe HOST:PORT")
      ->default_val("127.0.0.1:8080");
  serve->add_option("--web", options.web_root, "Thư mục giao diện web đã build")
      ->default_val("web/dist");
  serve->add_option("--workers", options.workers, "Số luồng xử lý truy vấn")->default_val(4);
  serve->add_option("--today", options.today,
                    "Coi ngày này (YYYY-MM-DD) là hôm nay khi tính hạn: để trình diễn, kiểm thử");

  CLI::App* migrate = cli.add_subcommand("migrate", "Tạo hoặc nâng cấp lược đồ cơ sở dữ liệu")->group("Lệnh");
  db_option(migrate);

  CLI::App* demo = cli.add_subcommand("demo", "Nạp dữ liệu mẫu dựng lại từ các bài báo")->group("Lệnh");
  db_option(demo);

  CLI::App* user = cli.add_subcommand("user", "Quản lý tài khoản")->group("Lệnh");
  user->require_subcommand(1);
  user->set_help_flag("-h,--help", "In hướng dẫn sử dụng");
  CLI::App* user_add = user->add_subcommand("add", "Thêm tài khoản; mật khẩu đọc từ đầu vào chuẩn")->group("Lệnh");
  db_option(user_add);
  user_add->add_option("--username", options.username, "Tên đăng nhập")->required();
  user_add->add_option("--role", options.role, "Vai trò: quan_tri, can_bo, xem")->required();
  user_add->add_option("--org", options.org, "Mã tổ chức đảng mà tài khoản được gắn vào")->required();
  user_add->add_option("--full-name", options.full_name, "Họ và tên");

  CLI::App* org = cli.add_subcommand("org", "Quản lý tổ chức đảng")->group("Lệnh");
  org->require_subcommand(1);
  org->set_help_flag("-h,--help", "In hướng dẫn sử dụng");
  CLI::App* org_add = org->add_subcommand("add", "Thêm tổ chức đảng (tổ chức gốc: không có --parent)")->group("Lệnh");
  db_option(org_add);
  org_add->add_option("--name", options.org_name, "Tên tổ chức")->required();
  org_add->add_option("--type", options.org_type,
                      "Loại: trung_uong, dang_bo_tinh, dang_bo_cap_tren_co_so, dang_bo_co_so, "
                      "chi_bo_co_so, dang_bo_bo_phan, chi_bo_truc_thuoc, to_dang")
      ->required();
  org_add->add_option("--parent", options.parent, "Mã tổ chức cấp trên");
  org_add->add_option("--category", options.org_category, "Loại hình chi bộ, ví dụ don_vi_su_nghiep");
  org_add->add_option("--staff", options.staff_count, "Số người trong đơn vị");

  CLI::App* calendar = cli::add_calendar_command(cli, options);

  CLI::App* worklist = cli.add_subcommand("worklist", "Hồ sơ đang mở: bước tiếp theo, hạn, quá hạn, sắp đến hạn")
                           ->group("Lệnh");
  db_option(worklist);
  worklist->add_option("--org", options.org, "Mã tổ chức đảng: các chi bộ trong phạm vi của nó")->required();
  worklist->add_option("--date", options.worklist_date, "Tính hạn so với ngày này (YYYY-MM-DD), mặc định hôm nay");

  CLI::App* check = cli.add_subcommand("check", "Kiểm tra một hồ sơ mô tả bằng JSON, không cần cơ sở dữ liệu")
                        ->group("Lệnh");
  check->set_help_flag("-h,--help", "In hướng dẫn sử dụng");
  check->add_option("file", options.check_file, "Tệp JSON (mặc định \"-\": đầu vào chuẩn); xem docs/check.md");

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return report_parse_error(cli, e);
  }

  if (*serve) return cli::serve(options);
  if (*migrate) return cli::migrate(options);
  if (*demo) return cli::demo(options);
  if (*user_add) return cli::user_add(options, std::cin);
  if (*org_add) return cli::org_add(options);
  if (*calendar) return cli::calendar(*calendar, options);
  if (*check) return cli::check(options.check_file);
  if (*worklist) return cli::worklist(options);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    fmt::print(stderr, "Lỗi: {}\n", e.what());
    return 1;
  }
}
