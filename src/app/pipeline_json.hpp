// The JSON shape of a dossier's facts and of the pipeline's verdict: the format of
// `ketnap check` (docs/check.md) and of the dossier API. Dates are ISO YYYY-MM-DD.
#pragma once

#include <string_view>

#include <boost/json.hpp>

#include "core/error.hpp"
#include "core/pipeline.hpp"

namespace ketnap::app {

// Reads one step record: {"step", "date", ...the step's data}. Errors name the field,
// prefixed with `where` (e.g. "events[3].date").
Result<StepRecord> step_from_json(const boost::json::value& value, std::string_view where);

// Reads a whole `ketnap check` input. Only as_of, candidate.birth_date and events are required.
Result<Facts> facts_from_json(const boost::json::value& value, const RuleBook& rules);

boost::json::object to_json(const Verdict& verdict);
boost::json::object to_json(const StepRecord& record);

}  // namespace ketnap::app
