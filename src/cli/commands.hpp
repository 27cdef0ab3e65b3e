// The CLI's commands. Each returns the process exit code: 0 success, 1 failure,
// 2 bad usage or input.
#pragma once

#include <cstdint>
#include <istream>
#include <string>

namespace ketnap::cli {

struct Options {
  std::string db;
  std::string listen = "127.0.0.1:8080";
  std::string web_root = "web/dist";
  int workers = 4;
  std::string username;
  std::string role;
  std::int64_t org = 0;
  std::string full_name;
  std::string org_name;
  std::string org_type;
  std::string org_category;
  std::int64_t parent = 0;
  int staff_count = -1;
};

int serve(const Options& options);
int migrate(const Options& options);
int demo(const Options& options);
int user_add(const Options& options, std::istream& password_input);
int org_add(const Options& options);

}  // namespace ketnap::cli
