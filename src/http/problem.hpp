// Error responses as application/problem+json (RFC 9457), shaped as docs/api.md says:
// {"type": "about:blank", "title", "status", "code", "detail", "field"?, "rule"?, "problems"?}.
// Titles and details are Vietnamese: they are shown to users as they are.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "http/message.hpp"

namespace ketnap::http {

// Every kind of error the API answers with; ketnap::ErrorCode plus the ones only HTTP knows.
enum class ProblemKind {
  invalid,                 // 400
  unauthenticated,         // 401
  forbidden,               // 403
  not_found,               // 404
  method_not_allowed,      // 405
  conflict,                // 409
  payload_too_large,       // 413
  unsupported_media_type,  // 415
  rule,                    // 422
  rate_limited,            // 429
  internal,                // 500
};

int status_of(ProblemKind kind);
std::string_view code_of(ProblemKind kind);   // "invalid", "not_found", ...
std::string_view title_of(ProblemKind kind);  // Vietnamese
ProblemKind kind_of(ErrorCode code);

// One reason of a refusal by the Party's rules: {"rule", "step", "message"}, and in a batch
// the "dossier_id" it concerns.
struct RuleProblem {
  std::string rule;
  std::string step;  // the step code (Error::field of the reason)
  std::string message;
  std::optional<std::int64_t> dossier_id;
  bool overridable = false;  // the officer may record the step anyway, with a written reason
};

struct Problem {
  ProblemKind kind = ProblemKind::invalid;
  std::string detail;                 // Vietnamese
  std::string field;                  // the offending input field; omitted from the JSON when empty
  std::string rule;                   // the rule ID of a refusal by a Party rule; omitted when empty
  std::vector<RuleProblem> problems;  // every reason of a refusal; omitted when empty
};

Problem to_problem(const Error& error);
Problem invalid_field(std::string field, std::string detail);
Problem malformed_json();
Problem not_found_problem(std::string detail = "Không tìm thấy tài nguyên được yêu cầu.");
Problem method_not_allowed();
Problem payload_too_large();
Problem unsupported_media_type();
Problem internal_error();

std::string problem_json(const Problem& problem);
Response problem_response(const Problem& problem);
inline Response problem_response(const Error& error) { return problem_response(to_problem(error)); }

}  // namespace ketnap::http
