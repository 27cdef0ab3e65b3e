// Rule sets as data (rules/*.json): one per regulation version with the date it took
// effect, each rule with its ID, the clause it rests on and whether an officer may
// override it with a written reason; and the settings of RULES.md §11 with their defaults.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"

namespace boost::json {
class object;
}

namespace ketnap {

enum class AgePrecision { month, day };

// The open questions of RULES.md §11 that a party committee may settle its own way.
struct Settings {
  AgePrecision age_precision = AgePrecision::month;        // E-2 "tính theo tháng"
  int certificate_valid_months = 60;                        // P-4a
  int dossier_valid_months = 12;                            // R-5 introducers' letters, opinions
  bool awareness_exam = false;                              // P-4b: the organization examines
  bool dang_uy_co_so_authorized = false;                    // O-3.1: the đảng ủy cơ sở decides
  bool trade_union_two_members_allowed = true;              // R-2 [L]: 2 members on the trade-union route
  bool new_member_class_required = true;                    // R-12 before recognition
  int youth_age_max = 30;                                   // Luật Thanh niên 2020
};

struct RuleInfo {
  std::string id;      // "P-12"
  std::string clause;  // "Quy định 294-QĐ/TW, 4.3.1"
  std::string title;   // Vietnamese summary
  bool overridable = false;
};

struct RuleSet {
  std::string id;  // "QD294+HD06+HD38"
  std::string name;
  Date effective_from{};
  std::map<std::string, RuleInfo, std::less<>> rules;
  Settings settings;

  const RuleInfo* find(std::string_view rule_id) const;
};

class RuleBook {
 public:
  explicit RuleBook(std::vector<RuleSet> sets);  // any order
  // The rule set in force on `day`: the latest that took effect on or before it, or the
  // earliest one for days before all of them.
  const RuleSet& in_force(Date day) const;
  const std::vector<RuleSet>& sets() const { return sets_; }

 private:
  std::vector<RuleSet> sets_;  // by effective date
};

// Reads the settings present in `object` over `defaults` (the "settings" of a rule set or
// of a `ketnap check` input).
Result<Settings> parse_settings(const boost::json::object& object, const Settings& defaults);

// Parses one rules/*.json document.
Result<RuleSet> parse_rule_set(std::string_view json);
// The rule sets compiled into the binary from rules/.
const RuleBook& builtin_rules();

}  // namespace ketnap
