// The plan's rules as numbers. Defaults are the Wulong plan's (2021-06-30);
// a plan_targets table can override any of them by key.
#pragma once

#include "core/model/model.h"

#include <string>

namespace renozone {

struct PlanRules {
    int built_before_year = 2000;          // scope: built before 2000
    int lift_min_floors = 6;               // 6 floors or more may add lifts
    double lift_subsidy_cny = 80000;       // per lift
    double pipeline_subsidy_share = 0.5;   // of the total pipeline cost
    double d_grade_extra_area_share = 0.15;  // D-grade rebuild: up to ~15 % more counted floor area
    // Not in the plan: the plan's own ratio 35,000 people / 13,072 households,
    // used only for buildings that record households but not people.
    double people_per_household = 2.68;
    double floor_area_tolerance = 0.20;    // recorded vs footprint × floors, for the discrepancy list
    double straddle_min_outside = 0.001;   // share of footprint outside before a building counts as a straddler

    static PlanRules from_targets(const PlanTargets& targets);
};

}  // namespace renozone
