// Tags communities from the plan and buildings from the plan's rules.
#pragma once

#include "core/analysis/plan_rules.h"
#include "core/geometry/assignment.h"
#include "core/model/model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace renozone {

struct CommunityTags {
    int plan_entry = -1;  // index into Dataset::plan
    bool planned = false;
    std::string street_code;
    std::string street_name;
    std::string phase;
    std::optional<int> year;
    bool demonstration = false;
    std::string path;
};

// What a building's built year, or period, says under the plan's cut-off: 0
// (built before it), built_2000_or_later, built_year_missing, or
// built_period_straddles_cutoff ("1991-2000年" under 2000).
std::uint8_t year_reason(const Building& b, int cutoff);

// "built_2000_or_later,not_residential": the codes of `flags`, comma-separated.
const std::string& reason_codes(std::uint8_t flags);

struct BuildingTags {
    // Why a building is not eligible; the codes are written in this order.
    enum Reason : std::uint8_t {
        no_geometry = 1,
        no_community = 2,
        built_year_missing = 4,
        built_2000_or_later = 8,
        not_residential = 16,
        use_unknown = 32,
        not_in_town = 64,
        built_period_straddles_cutoff = 128,  // "1991-2000年": some years before the cut-off, some not
    };

    // A figure the building's record cannot give: counted and reported, never a silent 0.
    enum Unknown : std::uint8_t {
        floors_unknown = 1,      // no lift eligibility, no footprint × floors
        floor_area_unknown = 2,  // neither recorded nor floors to estimate it
        households_unknown = 4,  // no households, nor people from them
    };

    Placement place;
    bool in_planned_community = false;
    bool eligible = false;
    // In a planned community and not known to be out of the plan's scope:
    // eligible, or of unknown eligibility (built_year_missing alone).
    bool in_plan = false;
    std::uint8_t reason_flags = 0;  // why not eligible: Reason bits, none when eligible
    std::uint8_t unknown_flags = 0;  // Unknown bits
    double floor_area_m2 = 0;       // recorded; footprint × floors when not recorded
    bool floor_area_estimated = false;
    double floor_area_geom_m2 = 0;  // footprint × floors
    int households = 0;
    double people = 0;
    bool people_estimated = false;  // households × PlanRules::people_per_household
    bool lift_candidate = false;
    int lifts = 0;                  // one per stairwell when recorded, else one per candidate building
    double lift_subsidy_cny = 0;
    bool d_grade = false;
    double rebuild_floor_area_max_m2 = 0;

    const std::string& reasons() const { return reason_codes(reason_flags); }  // empty when eligible
    // Only the built year is missing or its period straddles the cut-off:
    // whether the plan's rules take the building is unknown.
    bool eligibility_unknown() const {
        return reason_flags != 0 && (reason_flags & ~(built_year_missing | built_period_straddles_cutoff)) == 0;
    }
    // "yes", "no" or "unknown".
    const char* eligibility() const { return eligible ? "yes" : eligibility_unknown() ? "unknown" : "no"; }
    // "floors,households": the codes of unknown_flags, comma-separated; empty when all is known.
    const std::string& unknowns() const;
};

std::vector<CommunityTags> tag_communities(const Dataset& ds, Findings& findings);
// One building's tags, from its record, its placement and its community's tags.
BuildingTags tag_building(const Building& b, const Placement& place, const std::vector<CommunityTags>& communities,
                          const PlanRules& rules);
std::vector<BuildingTags> tag_buildings(const Dataset& ds, const std::vector<CommunityTags>& communities,
                                        const std::vector<Placement>& places, const PlanRules& rules, int threads = 1);

// NBS township codes: 0xx 街道 and 1xx 镇 are towns, 2xx 乡 are not.
bool street_code_is_town(const std::string& code);

}  // namespace renozone
