// The JSON shape of a dossier's facts and of the pipeline's verdict: the format of
// `ketnap check` (docs/check.md) and of the dossier API. Dates are ISO YYYY-MM-DD.
#pragma once

#include <string_view>

#include <boost/json.hpp>

#include "app/dossiers.hpp"
#include "core/error.hpp"
#include "core/pipeline.hpp"

namespace ketnap::app {

// Whether a field the format does not know is an error (the API: a typo must not be lost
// silently) or is passed over (`ketnap check`, documented so in docs/check.md).
enum class UnknownFields { ignore, refuse };

// Reads one step record: {"step", "date", ...the step's data}. Errors name the field,
// prefixed with `where` (e.g. "events[3].date").
Result<StepRecord> step_from_json(const boost::json::value& value, std::string_view where,
                                  UnknownFields unknown = UnknownFields::ignore);

// Reads {"education", "hardship_area", "religious", "previous_membership"}; null is empty.
Result<CandidateProfile> profile_from_json(const boost::json::value& value, std::string_view where,
                                           UnknownFields unknown = UnknownFields::ignore);
// Every field, null when unknown.
boost::json::object to_json(const CandidateProfile& profile);

// Reads a whole `ketnap check` input. Only as_of, candidate.birth_date and events are required.
Result<Facts> facts_from_json(const boost::json::value& value, const RuleBook& rules);

// Reads {"has_youth_union", "has_trade_union", "committee_members", "has_dang_uy_bo_phan",
// "settings"}: absent or null is unknown, settings an object (RULES.md §11).
Result<OrgPipelineProfile> org_profile_from_json(const boost::json::value& value, UnknownFields unknown);
boost::json::object to_json(const OrgPipelineProfile& profile);
// {"org_id", "own": {...}, "effective": {...the nearest known values, "settings": every setting}}
boost::json::object to_json(const OrgProfileView& view);
boost::json::object to_json(const Settings& settings);

// The JSON object in `text` (stored settings); an error naming `field` otherwise.
Result<boost::json::object> parse_json_object(std::string_view text, std::string_view field);

boost::json::object to_json(const Verdict& verdict);
boost::json::object to_json(const StepRecord& record);

}  // namespace ketnap::app
