#include "http/input.hpp"

#include <gtest/gtest.h>

#include "core/org.hpp"

namespace ketnap::http {
namespace {

Request json_request(std::string body, std::string content_type = "application/json") {
  Request request;
  request.method = "POST";
  request.content_type = std::move(content_type);
  request.body = std::move(body);
  return request;
}

// Reads {"name", "type", "staff_count"?, "established_on"?} the way a handler does.
std::expected<void, Problem> read_org(const std::string& body) {
  return read_json(json_request(body), [](JsonBody& json) {
    json.text("name", Presence::required);
    json.choice<OrgType>("type", parse_org_type, Presence::required);
    json.integer("staff_count");
    json.date("established_on", "Ngày thành lập");
  });
}

TEST(JsonBody, AcceptsAWellFormedBody) {
  Request request = json_request(R"({"name": "Chi bộ 1", "staff_count": 52, "youth": true,
                                     "established_on": "2018-01-01", "parent_id": 7})");
  auto body = JsonBody::parse(request);
  ASSERT_TRUE(body);
  EXPECT_EQ(body->text("name"), "Chi bộ 1");
  EXPECT_EQ(body->integer("staff_count"), 52);
  EXPECT_EQ(body->boolean("youth"), true);
  EXPECT_EQ(body->date("established_on", "Ngày thành lập"), parse_iso_date("2018-01-01"));
  EXPECT_EQ(body->id<OrgId>("parent_id"), OrgId{7});
  EXPECT_TRUE(body->finish());
}

TEST(JsonBody, MalformedJsonIs400WithoutField) {
  auto result = read_org(R"({"name": "Chi bộ)");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ProblemKind::invalid);
  EXPECT_TRUE(result.error().field.empty());
  EXPECT_NE(result.error().detail.find("JSON"), std::string::npos);
}

TEST(JsonBody, BodyThatIsNotAnObjectIs400) {
  for (const char* body : {"[]", "42", R"("text")", "null"}) {
    auto result = read_org(body);
    ASSERT_FALSE(result) << body;
    EXPECT_EQ(result.error().kind, ProblemKind::invalid) << body;
  }
}

TEST(JsonBody, OtherMediaTypeIs415) {
  auto result = JsonBody::parse(json_request(R"({"name": "x"})", "text/plain"));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ProblemKind::unsupported_media_type);
}

TEST(JsonBody, MediaTypeParametersAndCaseAreAccepted) {
  EXPECT_TRUE(JsonBody::parse(json_request("{}", "application/json; charset=utf-8")));
  EXPECT_TRUE(JsonBody::parse(json_request("{}", "Application/JSON")));
}

TEST(JsonBody, EmptyBodyReadsAsEmptyObject) {
  auto result = read_json(json_request("", ""), [](JsonBody& json) { json.integer("version"); });
  EXPECT_TRUE(result);
}

TEST(JsonBody, MissingRequiredFieldIsNamed) {
  auto result = read_org(R"({"type": "chi_bo_co_so"})");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "name");
  EXPECT_EQ(result.error().detail, "Thiếu trường bắt buộc \"name\".");
}

TEST(JsonBody, NullInARequiredFieldCountsAsMissing) {
  auto result = read_org(R"({"name": null, "type": "chi_bo_co_so"})");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "name");
}

TEST(JsonBody, WrongTypeIsNamed) {
  auto result = read_org(R"({"name": "Chi bộ", "type": "chi_bo_co_so", "staff_count": "52"})");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "staff_count");
  EXPECT_EQ(result.error().detail, "Trường \"staff_count\" phải là một số nguyên.");
}

TEST(JsonBody, FractionIsNotAnInteger) {
  auto result = read_org(R"({"name": "Chi bộ", "type": "chi_bo_co_so", "staff_count": 5.5})");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "staff_count");
}

TEST(JsonBody, IntegerBeyondIntIsRefused) {
  auto result = read_org(R"({"name": "Chi bộ", "type": "chi_bo_co_so", "staff_count": 4294967296})");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "staff_count");
}

TEST(JsonBody, UnknownFieldIsNamed) {
  auto result = read_org(R"({"name": "Chi bộ", "type": "chi_bo_co_so", "colour": "đỏ"})");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "colour");
  EXPECT_EQ(result.error().detail, "Trường \"colour\" không được hỗ trợ.");
}

TEST(JsonBody, UnknownCodeIsNamed) {
  auto result = read_org(R"({"name": "Chi bộ", "type": "chi_bo_lon"})");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "type");
}

TEST(JsonBody, BadDateSaysTheFormat) {
  for (const char* date : {R"("15/03/1990")", R"("1990-02-30")", "19900315"}) {
    auto body = std::string(R"({"name": "Chi bộ", "type": "chi_bo_co_so", "established_on": )") + date + "}";
    auto result = read_org(body);
    ASSERT_FALSE(result) << date;
    EXPECT_EQ(result.error().field, "established_on");
    EXPECT_EQ(result.error().detail, "Ngày thành lập phải có dạng YYYY-MM-DD.");
  }
}

TEST(JsonBody, FirstProblemWins) {
  auto result = read_org(R"({"type": 7, "colour": "đỏ"})");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "name");
}

TEST(JsonBody, IdMustBePositive) {
  auto body = JsonBody::parse(json_request(R"({"parent_id": 0})"));
  ASSERT_TRUE(body);
  EXPECT_FALSE(body->id<OrgId>("parent_id"));
  ASSERT_FALSE(body->finish());
  EXPECT_EQ(body->finish().error().field, "parent_id");
}

TEST(JsonBody, ExplicitNullIsSeenAndNotAValue) {
  auto body = JsonBody::parse(json_request(R"({"staff_count": null})"));
  ASSERT_TRUE(body);
  EXPECT_TRUE(body->is_null("staff_count"));
  EXPECT_FALSE(body->integer("staff_count"));
  EXPECT_FALSE(body->is_null("category"));
  EXPECT_TRUE(body->finish());
}

// ---- query parameters -------------------------------------------------------------------

TEST(QueryReader, ReadsPagingAndFilters) {
  QueryParams params{
      {"page", "3"}, {"page_size", "500"}, {"within", "12"}, {"include_dissolved", "true"}, {"q", "hà nội"}};
  QueryReader query(params);
  auto page = query.page();
  EXPECT_EQ(page.page, 3);
  EXPECT_EQ(page.page_size, 500);
  EXPECT_EQ(query.id("within"), 12);
  EXPECT_TRUE(query.flag("include_dissolved"));
  EXPECT_EQ(query.text("q"), "hà nội");
  EXPECT_TRUE(query.finish());
}

TEST(QueryReader, DefaultsWhenAbsent) {
  QueryParams params;
  QueryReader query(params);
  auto page = query.page();
  EXPECT_EQ(page.page, 1);
  EXPECT_EQ(page.page_size, 50);
  EXPECT_FALSE(query.flag("include_dissolved"));
  EXPECT_FALSE(query.id("within"));
  EXPECT_TRUE(query.finish());
}

TEST(QueryReader, BadPagingNamesTheParameter) {
  const std::pair<QueryParams, std::string> cases[] = {
      {{{"page", "0"}}, "page"},
      {{{"page", "x"}}, "page"},
      {{{"page_size", "501"}}, "page_size"},
      {{{"page_size", "0"}}, "page_size"},
      {{{"page_size", "10abc"}}, "page_size"},
  };
  for (const auto& [params, field] : cases) {
    QueryReader query(params);
    query.page();
    auto result = query.finish();
    ASSERT_FALSE(result) << field;
    EXPECT_EQ(result.error().field, field);
    EXPECT_EQ(result.error().kind, ProblemKind::invalid);
  }
}

TEST(QueryReader, BadFlagDateAndCodeAreNamed) {
  QueryParams flag{{"include_dissolved", "yes"}};
  QueryReader flag_query(flag);
  flag_query.flag("include_dissolved");
  EXPECT_EQ(flag_query.finish().error().field, "include_dissolved");

  QueryParams date{{"as_of", "2022-13-01"}};
  QueryReader date_query(date);
  date_query.date("as_of", "Ngày tính số liệu");
  EXPECT_EQ(date_query.finish().error().detail, "Ngày tính số liệu phải có dạng YYYY-MM-DD.");

  QueryParams type{{"type", "huyen"}};
  QueryReader type_query(type);
  EXPECT_FALSE(type_query.choice<OrgType>("type", parse_org_type));
  EXPECT_EQ(type_query.finish().error().field, "type");
}

TEST(PathId, AcceptsOnlyPositiveIntegers) {
  EXPECT_EQ(path_id("42"), 42);
  EXPECT_FALSE(path_id("0"));
  EXPECT_FALSE(path_id("-3"));
  EXPECT_FALSE(path_id("abc"));
  EXPECT_FALSE(path_id("12abc"));
  EXPECT_FALSE(path_id("99999999999999999999"));
}

// ---- request targets and cookies --------------------------------------------------------

TEST(ParseTarget, DecodesPathAndQuery) {
  auto target = parse_target("/api/v1/people?q=Nguy%E1%BB%85n+V%C4%83n&org=12&page=2");
  ASSERT_TRUE(target);
  EXPECT_EQ(target->path, "/api/v1/people");
  ASSERT_EQ(target->query.size(), 3u);
  EXPECT_EQ(target->query[0], (std::pair<std::string, std::string>{"q", "Nguyễn Văn"}));
  EXPECT_EQ(target->query[1].second, "12");
}

TEST(ParseTarget, DecodesPercentEscapesInThePath) {
  auto target = parse_target("/assets/%2e%2e/secret");
  ASSERT_TRUE(target);
  EXPECT_EQ(target->path, "/assets/../secret");
}

TEST(ParseTarget, AcceptsTheAbsoluteForm) {
  auto target = parse_target("http://example.org/api/v1/orgs?page=2");
  ASSERT_TRUE(target);
  EXPECT_EQ(target->path, "/api/v1/orgs");
  EXPECT_EQ(target->query.at(0).second, "2");
}

TEST(ParseTarget, RefusesWhatIsNotAUrlWithAnAbsolutePath) {
  EXPECT_FALSE(parse_target("/a b"));
  EXPECT_FALSE(parse_target("orgs/1"));
  EXPECT_FALSE(parse_target("*"));
}

TEST(CookieValue, FindsTheNamedCookie) {
  EXPECT_EQ(cookie_value("a=1; ketnap_session=abc; b=2", "ketnap_session"), "abc");
  EXPECT_EQ(cookie_value("ketnap_session=abc", "ketnap_session"), "abc");
  EXPECT_FALSE(cookie_value("xketnap_session=abc", "ketnap_session"));
  EXPECT_FALSE(cookie_value("", "ketnap_session"));
}

}  // namespace
}  // namespace ketnap::http
