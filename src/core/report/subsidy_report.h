// A scope's subsidy as a terminal table, a CSV row and JSON.
#pragma once

#include "core/base/table.h"
#include "core/planning/subsidy.h"

#include <nlohmann/json.hpp>

namespace renozone {

// item | value rows, for people.
std::string subsidy_text(const ScopeSubsidy& s);
// One header row and one row of plain numbers, for machines.
Table subsidy_table(const ScopeSubsidy& s);
// {"level", "code", "name", "lifts", "lift_subsidy_cny", "pipeline_subsidy_cny", "total_cny", "funding": {...}|null, ...}
nlohmann::ordered_json subsidy_json(const ScopeSubsidy& s);

}  // namespace renozone
