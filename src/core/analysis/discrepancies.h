// The discrepancy list: where the data and the plan disagree, or where the
// data disagrees with itself. Findings from loading come first.
#pragma once

#include "core/analysis/coverage.h"
#include "core/base/findings.h"

namespace renozone {

// Planned communities with no building in the plan's scope.
void check_communities(const Dataset& ds, const std::vector<CommunityTags>& community_tags, const Coverage& coverage,
                       Findings& out);
// One building: outside, straddling, overlapping communities, out of scope, records missing or off.
void check_building(const Building& b, const BuildingTags& t, const Dataset& ds, const PlanRules& rules, Findings& out);
// The plan's per-community split against its district targets.
void check_district(const Dataset& ds, const Coverage& coverage, Findings& out);
// The three in that order, every building in order.
void find_discrepancies(const Dataset& ds, const std::vector<CommunityTags>& community_tags,
                        const std::vector<BuildingTags>& building_tags, const Coverage& coverage,
                        const PlanRules& rules, Findings& out);

}  // namespace renozone
