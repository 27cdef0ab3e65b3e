// For tests only: the whole request path short of sockets — a Site over a Service on a real
// SQLite file of its own — and the session of one signed-in officer. Suites keep one harness
// for all their tests (password hashing is slow on purpose).
#pragma once

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <memory>
#include <string>
#include <string_view>

#include "app/app.hpp"
#include "http/site.hpp"
#include "store/store.hpp"
#include "test_support/temp_dir.hpp"

namespace ketnap::testing_support {

inline constexpr std::string_view kOfficerPassword = "mat-khau-thu-nghiem";

inline std::string header(const http::Response& response, std::string_view name) {
  for (const auto& [key, value] : response.headers)
    if (key == name) return value;
  return {};
}

inline boost::json::object body_of(const http::Response& response) {
  return boost::json::parse(response.body).as_object();
}

class SiteHarness {
 public:
  SiteHarness() : db_(store::open_sqlite(dir_.file("test.db"))) {
    store::migrate(*db_);
    service_ = std::make_unique<app::Service>(*db_);
  }

  app::Service& service() { return *service_; }
  http::ServerOptions& options() { return options_; }

  // Call once the organizations exist: adds a can_bo officer of `org` ("canbo") and signs in.
  void sign_in_officer_of(OrgId org) {
    auto user = service_->add_user(app::Service::system_caller(),
                                   {"canbo", std::string(kOfficerPassword), Role::can_bo, org, "Cán Bộ Thử"});
    ASSERT_TRUE(user) << user.error().message;
    auto login = site().handle(request(
        "POST", "/api/v1/session", R"({"username": "canbo", "password": ")" + std::string(kOfficerPassword) + "\"}"));
    ASSERT_EQ(login.status, 200) << login.body;
    std::string cookie = header(login, "Set-Cookie");
    cookie_ = cookie.substr(0, cookie.find(';'));
    csrf_ = std::string(body_of(login).at("csrf").as_string());
  }

  // The Site, made on first use with the options set so far.
  http::Site& site() {
    if (!site_) site_ = std::make_unique<http::Site>(*service_, options_);
    return *site_;
  }

  // An anonymous request; `target` may carry a query string.
  static http::Request request(std::string method, std::string_view target, std::string body = {}) {
    http::Request r;
    r.method = std::move(method);
    auto parsed = http::parse_target(target);
    EXPECT_TRUE(parsed) << target;
    if (parsed) {
      r.path = std::move(parsed->path);
      r.query = std::move(parsed->query);
    }
    r.body = std::move(body);
    if (!r.body.empty()) r.content_type = "application/json";
    r.client_address = "127.0.0.1";
    return r;
  }

  // A request of the signed-in officer, with the CSRF token.
  http::Request signed_in(std::string method, std::string_view target, std::string body = {}) const {
    http::Request r = request(std::move(method), target, std::move(body));
    r.cookie = cookie_;
    r.csrf_token = csrf_;
    return r;
  }

  const std::string& cookie() const { return cookie_; }
  const std::string& csrf() const { return csrf_; }

 private:
  TempDir dir_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<app::Service> service_;
  http::ServerOptions options_;
  std::unique_ptr<http::Site> site_;
  std::string cookie_, csrf_;
};

}  // namespace ketnap::testing_support
