#include "http/problem.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace ketnap::http {
namespace {

namespace json = boost::json;

json::object body_of(const Response& response) { return json::parse(response.body).as_object(); }

TEST(Problem, ResponseHasTheShapeOfDocsApiMd) {
  auto response = problem_response(invalid_field("birth_date", "Ngày sinh phải có dạng YYYY-MM-DD."));
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.content_type, "application/problem+json");
  auto body = body_of(response);
  EXPECT_EQ(body.at("type"), "about:blank");
  EXPECT_EQ(body.at("title"), "Dữ liệu không hợp lệ");
  EXPECT_EQ(body.at("status"), 400);
  EXPECT_EQ(body.at("code"), "invalid");
  EXPECT_EQ(body.at("detail"), "Ngày sinh phải có dạng YYYY-MM-DD.");
  EXPECT_EQ(body.at("field"), "birth_date");
  EXPECT_FALSE(body.contains("rule"));
}

TEST(Problem, FieldIsOmittedWhenThereIsNone) {
  auto body = body_of(problem_response(malformed_json()));
  EXPECT_FALSE(body.contains("field"));
  EXPECT_NE(body.at("detail").as_string().find("JSON"), json::string::npos);
}

TEST(Problem, RuleRefusalCarriesTheRuleId) {
  Error error{ErrorCode::rule, "Chưa đủ 12 tháng dự bị.", "official_on", "R-16"};
  auto response = problem_response(error);
  EXPECT_EQ(response.status, 422);
  auto body = body_of(response);
  EXPECT_EQ(body.at("code"), "rule");
  EXPECT_EQ(body.at("rule"), "R-16");
  EXPECT_EQ(body.at("field"), "official_on");
}

Error reason(std::string rule, std::string step, std::string message) {
  return Error{ErrorCode::rule, std::move(message), std::move(step), std::move(rule)};
}

TEST(Problem, RuleRefusalListsEveryReason) {
  Error error{ErrorCode::rule, "Không thể ghi nhận bước: có 3 vấn đề.", "step"};
  error.problems = {reason("R-4", "chi_bo_de_nghi", "Chỉ 5 trên 9 đảng viên chính thức tán thành."),
                    reason("E-2", "chi_bo_de_nghi", "Chưa đủ 18 tuổi.")};
  error.problems[0].overridable = false;
  auto late = reason("P-12", "quyet_dinh_ket_nap", "Quá 60 ngày làm việc.");
  late.overridable = true;
  error.problems.push_back(late);
  auto response = problem_response(error);
  EXPECT_EQ(response.status, 422);
  auto body = body_of(response);
  EXPECT_EQ(body.at("code"), "rule");
  EXPECT_EQ(body.at("detail"), "Không thể ghi nhận bước: có 3 vấn đề.");
  const auto& problems = body.at("problems").as_array();
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0], (json::object{{"rule", "R-4"},
                                       {"step", "chi_bo_de_nghi"},
                                       {"message", "Chỉ 5 trên 9 đảng viên chính thức tán thành."},
                                       {"overridable", false}}));
  EXPECT_EQ(problems[1].at("rule"), "E-2");
  EXPECT_EQ(problems[2].at("overridable"), true);  // P-12: with a written reason
}

TEST(Problem, ABatchReasonNamesItsDossier) {
  Problem problem{ProblemKind::rule, "Không ghi được lô."};
  problem.problems = {{"P-13", "le_ket_nap", "Quá hạn.", 4242}, {"R-12", "le_ket_nap", "Thiếu giấy."}};
  auto problems = json::parse(problem_json(problem)).at("problems").as_array();
  EXPECT_EQ(problems[0].at("dossier_id"), 4242);
  EXPECT_FALSE(problems[1].as_object().contains("dossier_id"));
}

TEST(Problem, ProblemsAreOmittedWhenThereAreNone) {
  EXPECT_FALSE(body_of(problem_response(invalid_field("date", "Ngày không hợp lệ."))).contains("problems"));
}

TEST(Problem, EveryErrorCodeHasItsStatus) {
  const std::pair<ErrorCode, int> expected[] = {
      {ErrorCode::invalid, 400},      {ErrorCode::unauthenticated, 401}, {ErrorCode::forbidden, 403},
      {ErrorCode::not_found, 404},    {ErrorCode::conflict, 409},        {ErrorCode::rule, 422},
      {ErrorCode::rate_limited, 429},
  };
  for (auto [code, status] : expected) {
    EXPECT_EQ(status_of(kind_of(code)), status) << static_cast<int>(code);
  }
}

TEST(Problem, HttpOnlyKindsHaveTheirStatusAndCode) {
  EXPECT_EQ(problem_response(method_not_allowed()).status, 405);
  EXPECT_EQ(problem_response(payload_too_large()).status, 413);
  EXPECT_EQ(problem_response(unsupported_media_type()).status, 415);
  auto internal = problem_response(internal_error());
  EXPECT_EQ(internal.status, 500);
  EXPECT_EQ(body_of(internal).at("code"), "internal");
  EXPECT_EQ(code_of(ProblemKind::payload_too_large), "payload_too_large");
  EXPECT_EQ(code_of(ProblemKind::unsupported_media_type), "unsupported_media_type");
  EXPECT_EQ(code_of(ProblemKind::method_not_allowed), "method_not_allowed");
}

TEST(Problem, TitlesAreVietnamese) {
  for (int kind = 0; kind <= static_cast<int>(ProblemKind::internal); ++kind) {
    auto title = title_of(static_cast<ProblemKind>(kind));
    EXPECT_TRUE(std::any_of(title.begin(), title.end(), [](char c) { return c & 0x80; })) << title;
  }
}

}  // namespace
}  // namespace ketnap::http
