// The whole request path short of sockets: Site over a Service on a real SQLite file.
#include "http/site.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "test_support/site_harness.hpp"

namespace ketnap::http {
namespace {

using testing_support::body_of;
using testing_support::header;
using testing_support::SiteHarness;

// One database, one officer and one login for the suite: password hashing is slow on purpose.
class SiteTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    harness_ = std::make_unique<SiteHarness>();
    service_ = &harness_->service();
    auto root = service_->create_org(app::Service::system_caller(),
                                     {std::nullopt, "Ban Chấp hành Trung ương", OrgType::trung_uong});
    ASSERT_TRUE(root) << root.error().message;
    root_ = root->org.id;
    harness_->options().version = "9.9.9";
    harness_->options().database_backend = "sqlite";
    site_ = &harness_->site();
    harness_->sign_in_officer_of(root_);
    csrf_ = harness_->csrf();
  }

  static void TearDownTestSuite() { harness_.reset(); }

  static Request request(std::string method, std::string path, std::string body = {}) {
    return SiteHarness::request(std::move(method), path, std::move(body));
  }
  static Request post(std::string path, std::string body) {
    return request("POST", std::move(path), std::move(body));
  }
  // A request of the signed-in officer, with the CSRF token.
  static Request signed_in(std::string method, std::string path, std::string body = {}) {
    return harness_->signed_in(std::move(method), path, std::move(body));
  }

  static inline std::unique_ptr<SiteHarness> harness_;
  static inline app::Service* service_ = nullptr;
  static inline Site* site_ = nullptr;
  static inline OrgId root_;
  static inline std::string csrf_;
};

TEST_F(SiteTest, HealthNeedsNoSession) {
  auto response = site_->handle(request("GET", "/api/v1/health"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "application/json");
  auto body = body_of(response);
  EXPECT_EQ(body.at("status"), "ok");
  EXPECT_EQ(body.at("version"), "9.9.9");
  EXPECT_EQ(body.at("database"), "sqlite");
}

TEST_F(SiteTest, EveryApiResponseCarriesTheSecurityHeaders) {
  auto response = site_->handle(request("GET", "/api/v1/health"));
  EXPECT_EQ(header(response, "X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(header(response, "Referrer-Policy"), "same-origin");
  EXPECT_EQ(header(response, "X-Frame-Options"), "DENY");
  EXPECT_EQ(header(response, "Cache-Control"), "no-store");
}

TEST_F(SiteTest, StaticPagesAreNotMarkedNoStore) {
  auto response = site_->handle(request("GET", "/"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(header(response, "X-Frame-Options"), "DENY");
  EXPECT_NE(header(response, "Content-Security-Policy").find("connect-src 'self'"), std::string::npos);
  EXPECT_EQ(header(response, "Cache-Control"), "");
}

TEST_F(SiteTest, LoginSetsAnHttpOnlyStrictCookie) {
  auto response =
      site_->handle(post("/api/v1/session", R"({"username": "canbo", "password": "mat-khau-thu-nghiem"})"));
  ASSERT_EQ(response.status, 200);
  auto cookie = header(response, "Set-Cookie");
  EXPECT_TRUE(cookie.starts_with("ketnap_session=")) << cookie;
  EXPECT_NE(cookie.find("; Path=/; HttpOnly; SameSite=Strict; Max-Age="), std::string::npos) << cookie;
  auto body = body_of(response);
  EXPECT_EQ(body.at("user").at("username"), "canbo");
  EXPECT_TRUE(body.at("expires_in").is_int64());
}

TEST_F(SiteTest, WrongPasswordIs401) {
  auto response = site_->handle(post("/api/v1/session", R"({"username": "canbo", "password": "sai"})"));
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(response.content_type, "application/problem+json");
  EXPECT_EQ(header(response, "Set-Cookie"), "");
}

TEST_F(SiteTest, NoSessionIs401) {
  auto response = site_->handle(request("GET", "/api/v1/orgs"));
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(body_of(response).at("code"), "unauthenticated");
}

TEST_F(SiteTest, ForgedCookieIs401AndClearsIt) {
  auto forged = request("GET", "/api/v1/orgs");
  forged.cookie = "ketnap_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  auto response = site_->handle(forged);
  EXPECT_EQ(response.status, 401);
  EXPECT_NE(header(response, "Set-Cookie").find("Max-Age=0"), std::string::npos);
}

TEST_F(SiteTest, CurrentSessionReturnsTheCsrfToken) {
  auto response = site_->handle(signed_in("GET", "/api/v1/session"));
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(body_of(response).at("csrf").as_string(), csrf_);
}

TEST_F(SiteTest, WriteWithoutOrWithWrongCsrfIs403) {
  const std::string body = R"({"parent_id": )" + std::to_string(root_.value) +
                           R"(, "name": "Đảng bộ tỉnh Không Token", "type": "dang_bo_tinh"})";
  auto missing = signed_in("POST", "/api/v1/orgs", body);
  missing.csrf_token.clear();
  EXPECT_EQ(site_->handle(missing).status, 403);
  auto wrong = signed_in("POST", "/api/v1/orgs", body);
  wrong.csrf_token = "x" + csrf_;
  EXPECT_EQ(site_->handle(wrong).status, 403);
  auto listed = site_->handle(signed_in("GET", "/api/v1/orgs"));
  EXPECT_EQ(listed.body.find("Không Token"), std::string::npos);
}

TEST_F(SiteTest, CreatedOrgIs201WithItsView) {
  const std::string body = R"({"parent_id": )" + std::to_string(root_.value) +
                           R"(, "name": "Đảng bộ tỉnh Long An", "type": "dang_bo_tinh"})";
  auto response = site_->handle(signed_in("POST", "/api/v1/orgs", body));
  ASSERT_EQ(response.status, 201) << response.body;
  auto org = body_of(response);
  EXPECT_EQ(org.at("name"), "Đảng bộ tỉnh Long An");
  EXPECT_EQ(org.at("type_label").as_string(), label(OrgType::dang_bo_tinh));
  ASSERT_TRUE(org.at("ancestors").is_array());

  auto id = std::to_string(org.at("id").as_int64());
  auto got = body_of(site_->handle(signed_in("GET", "/api/v1/orgs/" + id)));
  EXPECT_TRUE(got.at("counts").as_object().contains("as_of"));
}

TEST_F(SiteTest, PatchOfAPersonChangesOnlyTheGivenFields) {
  const std::string body = R"({"org_id": )" + std::to_string(root_.value) +
                           R"(, "full_name": "Nguyễn Văn Hiếu", "gender": "nam", "birth_date": "1990-03-15",
                                "cccd": "080090012345", "phone": "0912345678"})";
  auto created = site_->handle(signed_in("POST", "/api/v1/people", body));
  ASSERT_EQ(created.status, 201) << created.body;
  auto id = std::to_string(body_of(created).at("id").as_int64());

  auto patched = site_->handle(
      signed_in("PATCH", "/api/v1/people/" + id, R"({"occupation": "Viên chức", "version": 1})"));
  ASSERT_EQ(patched.status, 200) << patched.body;
  auto person = body_of(patched);
  EXPECT_EQ(person.at("occupation"), "Viên chức");
  EXPECT_EQ(person.at("phone"), "0912345678");
  EXPECT_EQ(person.at("full_name"), "Nguyễn Văn Hiếu");
  EXPECT_EQ(person.at("status"), "quan_chung");
  EXPECT_TRUE(person.at("membership").is_null());

  auto unknown = site_->handle(signed_in("PATCH", "/api/v1/people/" + id, R"({"nickname": "Hiếu"})"));
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(body_of(unknown).at("field"), "nickname");
}

TEST_F(SiteTest, UnknownApiPathIs404Problem) {
  auto response = site_->handle(signed_in("GET", "/api/v1/khong-co"));
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.content_type, "application/problem+json");
}

TEST_F(SiteTest, NonNumericIdIs404) {
  EXPECT_EQ(site_->handle(signed_in("GET", "/api/v1/orgs/abc")).status, 404);
  EXPECT_EQ(site_->handle(signed_in("GET", "/api/v1/people/0")).status, 404);
}

TEST_F(SiteTest, WrongMethodIs405WithAllow) {
  auto response = site_->handle(signed_in("DELETE", "/api/v1/orgs"));
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(header(response, "Allow"), "GET, POST");
  EXPECT_EQ(body_of(response).at("code"), "method_not_allowed");
}

TEST_F(SiteTest, OpenApiDocumentIsServedWithoutSession) {
  auto response = site_->handle(request("GET", "/api/openapi.json"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "application/json");
  EXPECT_EQ(body_of(response).at("info").at("title"), "Ketnap API");
}

TEST_F(SiteTest, BadPagingNamesTheParameter) {
  auto response = site_->handle(signed_in("GET", "/api/v1/people"));
  ASSERT_EQ(response.status, 200);
  auto bad = signed_in("GET", "/api/v1/people");
  bad.query = {{"page_size", "501"}};
  auto refused = site_->handle(bad);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(body_of(refused).at("field"), "page_size");
}

TEST_F(SiteTest, LogoutClearsTheCookieAndEndsTheSession) {
  auto login =
      site_->handle(post("/api/v1/session", R"({"username": "canbo", "password": "mat-khau-thu-nghiem"})"));
  ASSERT_EQ(login.status, 200);
  auto set_cookie = header(login, "Set-Cookie");
  Request logout = request("DELETE", "/api/v1/session");
  logout.cookie = set_cookie.substr(0, set_cookie.find(';'));
  logout.csrf_token = std::string(body_of(login).at("csrf").as_string());
  auto response = site_->handle(logout);
  EXPECT_EQ(response.status, 204);
  EXPECT_NE(header(response, "Set-Cookie").find("Max-Age=0"), std::string::npos);
  Request after = request("GET", "/api/v1/session");
  after.cookie = logout.cookie;
  EXPECT_EQ(site_->handle(after).status, 401);
}

}  // namespace
}  // namespace ketnap::http
