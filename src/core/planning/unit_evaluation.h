// What an implementation unit (实施单元) covers: the same figures as the
// coverage report, for the buildings whose point-on-surface lies inside the
// unit, plus shares, money and the warnings a planner needs while drawing.
// It is the call the viewer and the plugin make on every mouse move.
#pragma once

#include "core/analysis/coverage.h"
#include "core/analysis/district.h"
#include "core/planning/unit_warnings.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace renozone {

struct FundingSplit {
    double central = 0, municipal = 0, district = 0, residents = 0;  // shares, adding up to 1
};

struct UnitMoney {
    std::optional<double> pipeline_cost_cny;  // total pipeline works cost, when given
    std::optional<FundingSplit> funding;
};

struct Share {
    int index;     // building or community index
    double share;  // of its area inside the unit
};

struct SubsidySummary {
    double lift_subsidy_cny = 0;
    double pipeline_subsidy_cny = 0;  // PlanRules::pipeline_subsidy_share of the given cost
    double total_cny = 0;
    std::optional<FundingSplit> funding;
    // total × each share, when a split is given
    std::optional<double> central_cny, municipal_cny, district_cny, residents_cny;
};

// The four parts of a funding split as the plan names them, in its order:
// central 中央, municipal 市级, district 区级, residents 居民.
struct FundingPart {
    const char* key;  // as --funding takes it and the project's fields are named
    const char* zh;
    const char* en;
    double FundingSplit::*share;
    std::optional<double> SubsidySummary::*amount;
};
const std::array<FundingPart, 4>& funding_parts();
// Throws UsageError (in both languages) unless the shares are not negative and add up to 1.
void require_funding_adds_up(const FundingSplit& split);

struct UnitEvaluation {
    double area_m2 = 0;
    Figures figures;                     // in-plan buildings inside the unit, as in the coverage report
    long long eligible_buildings = 0;    // eligible, planned or not
    long long ineligible_buildings = 0;  // placed inside but outside the plan's scope rules
    std::vector<int> buildings;          // every building whose point-on-surface is inside
    std::vector<Share> partial_buildings;  // footprints crossing the unit's edge
    std::vector<Share> communities;      // communities the unit meets, with the share of their area inside
    std::vector<int> heritage;           // heritage areas the unit meets
    std::vector<std::string> streets;    // street codes the unit meets
    SubsidySummary subsidy;
    std::vector<UnitWarning> warnings;   // overlaps another unit, crosses a street boundary, ...
};

// `others`: the other units of the project (overlap warnings).
UnitEvaluation evaluate_unit(const District& district, const GEOSGeometry* unit, const UnitMoney& money = {},
                             const std::vector<const GEOSGeometry*>& others = {});

SubsidySummary summarise_subsidy(double lift_subsidy_cny, const UnitMoney& money, const PlanRules& rules);

// "central=0.4,municipal=0.3,district=0.2,residents=0.1" or "中央=0.4，市级=0.3、…"
// (keys or Chinese names; full-width signs; shares as fractions or percentages);
// throws UsageError.
FundingSplit parse_funding_split(const std::string& text);

}  // namespace renozone
