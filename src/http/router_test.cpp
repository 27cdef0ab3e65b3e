#include "http/router.hpp"

#include <gtest/gtest.h>

namespace ketnap::http {
namespace {

Handler answering(int status) {
  return [status](const RequestContext&) {
    Response response;
    response.status = status;
    return response;
  };
}

Router sample_router() {
  Router router;
  router.add("GET", "/api/v1/orgs", Access::signed_in, answering(1));
  router.add("POST", "/api/v1/orgs", Access::signed_in, answering(2));
  router.add("GET", "/api/v1/orgs/{id}", Access::signed_in, answering(3));
  router.add("GET", "/api/v1/orgs/{id}/children", Access::signed_in, answering(4));
  router.add("GET", "/api/v1/health", Access::open, answering(5));
  return router;
}

TEST(Router, MatchesLiteralPathAndMethod) {
  auto router = sample_router();
  auto match = router.match("POST", "/api/v1/orgs");
  ASSERT_EQ(match.outcome, RouteMatch::Outcome::found);
  EXPECT_EQ(match.route->pattern, "/api/v1/orgs");
  EXPECT_EQ(match.route->method, "POST");
  EXPECT_TRUE(match.params.empty());
}

TEST(Router, CapturesPlaceholderSegments) {
  auto router = sample_router();
  auto match = router.match("GET", "/api/v1/orgs/42/children");
  ASSERT_EQ(match.outcome, RouteMatch::Outcome::found);
  EXPECT_EQ(match.route->pattern, "/api/v1/orgs/{id}/children");
  EXPECT_EQ(match.params.at("id"), "42");
}

TEST(Router, KeepsTheAccessOfTheRoute) {
  auto router = sample_router();
  EXPECT_EQ(router.match("GET", "/api/v1/health").route->access, Access::open);
  EXPECT_EQ(router.match("GET", "/api/v1/orgs").route->access, Access::signed_in);
}

TEST(Router, UnknownPathIsNoSuchPath) {
  auto router = sample_router();
  EXPECT_EQ(router.match("GET", "/api/v1/nowhere").outcome, RouteMatch::Outcome::no_such_path);
  EXPECT_EQ(router.match("GET", "/api/v1/orgs/42/children/7").outcome, RouteMatch::Outcome::no_such_path);
  EXPECT_EQ(router.match("GET", "/api/v1").outcome, RouteMatch::Outcome::no_such_path);
}

TEST(Router, EmptySegmentDoesNotFillAPlaceholder) {
  auto router = sample_router();
  EXPECT_EQ(router.match("GET", "/api/v1/orgs//children").outcome, RouteMatch::Outcome::no_such_path);
}

TEST(Router, WrongMethodListsTheAllowedOnes) {
  auto router = sample_router();
  auto match = router.match("DELETE", "/api/v1/orgs");
  ASSERT_EQ(match.outcome, RouteMatch::Outcome::method_not_allowed);
  EXPECT_EQ(match.allowed, (std::vector<std::string>{"GET", "POST"}));
  EXPECT_EQ(match.route, nullptr);
}

TEST(Router, ListsItsRoutesInOrder) {
  auto router = sample_router();
  ASSERT_EQ(router.routes().size(), 5u);
  EXPECT_EQ(router.routes()[3].method, "GET");
  EXPECT_EQ(router.routes()[3].pattern, "/api/v1/orgs/{id}/children");
}

}  // namespace
}  // namespace ketnap::http
