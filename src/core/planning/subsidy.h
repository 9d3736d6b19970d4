// Subsidies (plan 四(一)4–5) for an implementation unit, a community, a street
// or the district: CNY 80,000 per lift, 50 % of a given pipeline works cost,
// and the total split among central, municipal, district funds and residents.
#pragma once

#include "core/analysis/district.h"
#include "core/planning/project_store.h"

#include <string>

namespace renozone {

struct ScopeSubsidy {
    std::string level;  // unit, community, street, district
    std::string code;   // unit id, community id, street code; empty for the district
    std::string name;
    long long lift_candidates = 0;
    long long lifts = 0;
    double lift_subsidy_per_lift_cny = 0;
    std::optional<double> pipeline_cost_cny;
    double pipeline_subsidy_share = 0;
    SubsidySummary subsidy;
};

ScopeSubsidy district_subsidy(const District& district, const UnitMoney& money);
// By code or name; InputError when the district has no such street.
ScopeSubsidy street_subsidy(const District& district, const std::string& code_or_name, const UnitMoney& money);
// By id or name; InputError when there is no such community.
ScopeSubsidy community_subsidy(const District& district, const std::string& id_or_name, const UnitMoney& money);
// The unit's stored pipeline cost counts when `money` gives none.
ScopeSubsidy unit_subsidy(const District& district, const StoredUnit& unit, const UnitMoney& money);

}  // namespace renozone
