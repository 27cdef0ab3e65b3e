#include "http/problem.hpp"

#include <array>
#include <boost/json.hpp>

namespace ketnap::http {
namespace {

struct KindInfo {
  int status;
  std::string_view code;
  std::string_view title;
};

// Indexed by ProblemKind.
constexpr std::array<KindInfo, 11> kKinds{{
    {400, "invalid", "Dữ liệu không hợp lệ"},
    {401, "unauthenticated", "Chưa đăng nhập"},
    {403, "forbidden", "Không có quyền"},
    {404, "not_found", "Không tìm thấy"},
    {405, "method_not_allowed", "Phương thức không được hỗ trợ"},
    {409, "conflict", "Xung đột dữ liệu"},
    {413, "payload_too_large", "Dữ liệu gửi lên quá lớn"},
    {415, "unsupported_media_type", "Kiểu dữ liệu không được hỗ trợ"},
    {422, "rule", "Trái quy định"},
    {429, "rate_limited", "Quá nhiều lần thử"},
    {500, "internal", "Lỗi hệ thống"},
}};

const KindInfo& info(ProblemKind kind) { return kKinds.at(static_cast<std::size_t>(kind)); }

}  // namespace

int status_of(ProblemKind kind) { return info(kind).status; }
std::string_view code_of(ProblemKind kind) { return info(kind).code; }
std::string_view title_of(ProblemKind kind) { return info(kind).title; }

ProblemKind kind_of(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid:
      return ProblemKind::invalid;
    case ErrorCode::unauthenticated:
      return ProblemKind::unauthenticated;
    case ErrorCode::forbidden:
      return ProblemKind::forbidden;
    case ErrorCode::not_found:
      return ProblemKind::not_found;
    case ErrorCode::conflict:
      return ProblemKind::conflict;
    case ErrorCode::rule:
      return ProblemKind::rule;
    case ErrorCode::rate_limited:
      return ProblemKind::rate_limited;
  }
  return ProblemKind::internal;
}

// A refusal by the rules lists every reason as an Error whose field is the step code.
Problem to_problem(const Error& error) {
  Problem problem{kind_of(error.code), error.message, error.field, error.rule};
  for (const Error& reason : error.problems)
    problem.problems.push_back(
        {.rule = reason.rule, .step = reason.field, .message = reason.message, .overridable = reason.overridable});
  return problem;
}

Problem invalid_field(std::string field, std::string detail) {
  return {ProblemKind::invalid, std::move(detail), std::move(field)};
}

Problem malformed_json() { return {ProblemKind::invalid, "Nội dung gửi lên không phải JSON hợp lệ."}; }

Problem not_found_problem(std::string detail) { return {ProblemKind::not_found, std::move(detail)}; }

Problem method_not_allowed() {
  return {ProblemKind::method_not_allowed, "Đường dẫn này không hỗ trợ phương thức HTTP đã dùng."};
}

Problem payload_too_large() {
  return {ProblemKind::payload_too_large, "Nội dung gửi lên vượt quá giới hạn cho phép."};
}

Problem unsupported_media_type() {
  return {ProblemKind::unsupported_media_type, "Nội dung gửi lên phải có kiểu application/json."};
}

Problem internal_error() { return {ProblemKind::internal, "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau."}; }

std::string problem_json(const Problem& problem) {
  boost::json::object o;
  o["type"] = "about:blank";
  o["title"] = title_of(problem.kind);
  o["status"] = status_of(problem.kind);
  o["code"] = code_of(problem.kind);
  o["detail"] = problem.detail;
  if (!problem.field.empty()) o["field"] = problem.field;
  if (!problem.rule.empty()) o["rule"] = problem.rule;
  if (!problem.problems.empty()) {
    boost::json::array problems;
    for (const RuleProblem& reason : problem.problems) {
      boost::json::object item{{"rule", reason.rule},
                               {"step", reason.step},
                               {"message", reason.message},
                               {"overridable", reason.overridable}};
      if (reason.dossier_id) item["dossier_id"] = *reason.dossier_id;
      problems.push_back(std::move(item));
    }
    o["problems"] = std::move(problems);
  }
  return boost::json::serialize(o);
}

Response problem_response(const Problem& problem) {
  Response response;
  response.status = status_of(problem.kind);
  response.content_type = "application/problem+json";
  response.body = problem_json(problem);
  return response;
}

}  // namespace ketnap::http
