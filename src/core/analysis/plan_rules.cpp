#include "core/analysis/plan_rules.h"

namespace renozone {

PlanRules PlanRules::from_targets(const PlanTargets& targets) {
    PlanRules rules;
    if (auto v = targets.get("built_before_year")) rules.built_before_year = static_cast<int>(*v);
    if (auto v = targets.get("lift_min_floors")) rules.lift_min_floors = static_cast<int>(*v);
    if (auto v = targets.get("lift_subsidy_cny")) rules.lift_subsidy_cny = *v;
    if (auto v = targets.get("pipeline_subsidy_share")) rules.pipeline_subsidy_share = *v;
    if (auto v = targets.get("d_grade_extra_area_share")) rules.d_grade_extra_area_share = *v;
    if (auto v = targets.get("people_per_household")) rules.people_per_household = *v;
    return rules;
}

}  // namespace renozone
