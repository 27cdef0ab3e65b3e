// The CLI's commands. Each returns the process exit code: 0 success, 1 failure,
// 2 bad usage or input.
#pragma once

#include <cstdint>
#include <istream>
#include <string>

namespace CLI {
class App;
}  // namespace CLI

namespace ketnap::cli {

struct Options {
  std::string db;
  std::string listen = "127.0.0.1:8080";
  std::string web_root = "web/dist";
  int workers = 4;
  std::string today;  // serve --today: YYYY-MM-DD, empty for the real date
  std::string username;
  std::string role;
  std::int64_t org = 0;
  std::string full_name;
  std::string check_file = "-";
  std::string org_name;
  std::string org_type;
  std::string org_category;
  std::int64_t parent = 0;
  int staff_count = -1;
  // ketnap calendar: arguments kept as text, checked by the command (Vietnamese errors).
  std::string calendar_date;   // YYYY-MM-DD
  std::string calendar_count;  // working days to add
  std::string calendar_year;
  std::string worklist_date;  // ketnap worklist --date YYYY-MM-DD; empty: today
};

int serve(const Options& options);
int migrate(const Options& options);
int demo(const Options& options);
int user_add(const Options& options, std::istream& password_input);
int org_add(const Options& options);
// `ketnap worklist --org ID [--date YYYY-MM-DD]`: the open dossiers' deadlines, most urgent first.
int worklist(const Options& options);

// `ketnap calendar` (add-workdays, holidays, lunar): added to `cli` with its arguments bound
// to `options`; after parsing, calendar() runs whichever subcommand was given.
CLI::App* add_calendar_command(CLI::App& cli, Options& options);
int calendar(const CLI::App& command, const Options& options);

// `ketnap check [FILE|-]`: judges one dossier described as JSON facts (docs/check.md),
// prints the verdict as JSON. Exit 0 ok, 1 problems, 2 unreadable input.
int check(const std::string& file);

}  // namespace ketnap::cli
