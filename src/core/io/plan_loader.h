// Reads the plan table (one row per planned community) and the district targets.
#pragma once

#include "core/base/findings.h"
#include "core/io/source.h"
#include "core/model/model.h"

#include <vector>

namespace renozone {

std::vector<PlanEntry> load_plan_entries(OpenLayer& layer, Findings& findings);
PlanTargets load_plan_targets(OpenLayer& layer, Findings& findings);

// Phase spelled in Chinese (实施/谋划/储备) or English (implement/plan/reserve); "" when unknown.
std::string normalise_phase(const std::string& text);

}  // namespace renozone
