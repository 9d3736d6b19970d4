// One call from a loaded dataset to every tag, figure and finding.
#pragma once

#include "coverage.h"
#include "discrepancies.h"
#include "plan_rules.h"
#include "progress.h"

namespace renozone {

struct Analysis {
    PlanRules rules;
    std::vector<CommunityTags> communities;
    std::vector<BuildingTags> buildings;
    Coverage coverage;
    Findings discrepancies;  // loading findings and repairs first, then what tagging found
};

Analysis analyse(const Dataset& ds, const ProgressFn& progress = {}, const Parallelism& parallelism = {});

}  // namespace renozone
