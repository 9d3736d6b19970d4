// The discrepancy list: where the data and the plan disagree, or where the
// data disagrees with itself. Findings from loading come first.
#pragma once

#include "core/analysis/coverage.h"
#include "core/base/findings.h"

namespace renozone {

void find_discrepancies(const Dataset& ds, const std::vector<CommunityTags>& community_tags,
                        const std::vector<BuildingTags>& building_tags, const Coverage& coverage,
                        const PlanRules& rules, Findings& out);

}  // namespace renozone
