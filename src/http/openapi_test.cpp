// api/openapi.json must describe exactly what the router serves.
#include "http/openapi.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <cctype>
#include <set>
#include <utility>

#include "http/routes.hpp"

namespace ketnap::http {
namespace {

namespace json = boost::json;
using Operation = std::pair<std::string, std::string>;  // (method in upper case, path)

const json::object& document() {
  static const json::value parsed = json::parse(openapi_document());
  return parsed.as_object();
}

std::string upper(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return result;
}

bool is_method(std::string_view key) {
  return key == "get" || key == "post" || key == "put" || key == "patch" || key == "delete";
}

std::set<Operation> documented_operations() {
  std::set<Operation> operations;
  for (const auto& [path, item] : document().at("paths").as_object()) {
    for (const auto& [key, operation] : item.as_object()) {
      if (is_method(key)) operations.emplace(upper(key), path);
    }
  }
  return operations;
}

const Router& router() {
  static const Router routes = api_routes();
  return routes;
}

std::set<Operation> routed_operations() {
  std::set<Operation> operations;
  for (const auto& route : router().routes()) operations.emplace(route.method, route.pattern);
  return operations;
}

const json::object& operation(const Route& route) {
  auto method = route.method;
  std::transform(method.begin(), method.end(), method.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return document().at("paths").at(route.pattern).at(method).as_object();
}

// The names of the security schemes an operation requires (one requirement object).
std::set<std::string> security_of(const json::object& operation) {
  std::set<std::string> schemes;
  for (const auto& requirement : operation.at("security").as_array()) {
    for (const auto& [name, _] : requirement.as_object()) schemes.emplace(name);
  }
  return schemes;
}

TEST(OpenApi, IsAnOpenApi303DocumentOfKetnap) {
  EXPECT_EQ(document().at("openapi"), "3.0.3");
  EXPECT_EQ(document().at("info").at("title"), "Ketnap API");
}

TEST(OpenApi, EveryRouteIsDocumented) {
  auto documented = documented_operations();
  for (const auto& operation : routed_operations()) {
    EXPECT_TRUE(documented.contains(operation)) << operation.first << " " << operation.second;
  }
}

TEST(OpenApi, EveryDocumentedOperationIsRouted) {
  auto routed = routed_operations();
  for (const auto& operation : documented_operations()) {
    EXPECT_TRUE(routed.contains(operation)) << operation.first << " " << operation.second;
  }
}

TEST(OpenApi, SecurityMatchesTheRouteAccess) {
  for (const auto& route : router().routes()) {
    auto schemes = security_of(operation(route));
    std::set<std::string> expected;
    if (route.access == Access::signed_in) {
      expected.emplace("sessionCookie");
      if (route.method != "GET") expected.emplace("csrfToken");
    }
    EXPECT_EQ(schemes, expected) << route.method << " " << route.pattern;
  }
}

TEST(OpenApi, EveryOperationDocumentsItsResponses) {
  for (const auto& route : router().routes()) {
    const auto& responses = operation(route).at("responses").as_object();
    EXPECT_TRUE(responses.contains("500")) << route.method << " " << route.pattern;
    if (route.access == Access::signed_in) {
      EXPECT_TRUE(responses.contains("401")) << route.method << " " << route.pattern;
    }
  }
}

}  // namespace
}  // namespace ketnap::http
