// One call from a loaded dataset to every tag, figure and finding.
#pragma once

#include "core/analysis/coverage.h"
#include "core/analysis/discrepancies.h"
#include "core/analysis/plan_rules.h"
#include "core/base/progress.h"

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
