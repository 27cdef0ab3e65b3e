// Errors a user can cause travel as values: std::expected<T, Error>.
// An Error says what happened in Vietnamese, which input field it concerns,
// and, for a broken Party rule, the rule ID from shared/domain/RULES.md.
#pragma once

#include <expected>
#include <string>
#include <utility>
#include <vector>

namespace ketnap {

enum class ErrorCode {
  invalid,          // malformed or missing input            -> 400
  unauthenticated,  // no session or wrong password           -> 401
  forbidden,        // role may not do this, or CSRF missing  -> 403
  not_found,        // absent, or outside the caller's subtree -> 404
  conflict,         // duplicate or stale version             -> 409
  rule,             // refused by a Party rule                -> 422
  rate_limited,     // too many attempts                      -> 429
};

struct Error {
  ErrorCode code = ErrorCode::invalid;
  std::string message;  // Vietnamese, shown to the user
  std::string field;    // the offending input field, if any
  std::string rule;     // rule ID (e.g. "E-2"), if any
  // A refusal by the Party's rules lists every reason: each with its rule, the step code in
  // `field` and its own message.
  std::vector<Error> problems;
  // A reason of such a refusal that the rule set lets an officer override with a written reason.
  bool overridable = false;
};

template <class T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message, std::string field = {},
                                   std::string rule = {}) {
  return std::unexpected(Error{code, std::move(message), std::move(field), std::move(rule)});
}
inline std::unexpected<Error> invalid(std::string field, std::string message) {
  return fail(ErrorCode::invalid, std::move(message), std::move(field));
}
inline std::unexpected<Error> not_found(std::string message) {
  return fail(ErrorCode::not_found, std::move(message));
}

}  // namespace ketnap
