// Coverage of the plan's scope per community, per street and for the district,
// each beside the plan's targets.
#pragma once

#include "core/analysis/tagging.h"

#include <optional>
#include <string>
#include <vector>

namespace renozone {

// Every building placed in a place, whatever its tags: what the data holds
// before the plan's rules, with the records that cannot give a figure counted.
struct Inventory {
    long long buildings = 0;
    double footprint_m2 = 0;
    double floor_area_m2 = 0;         // recorded, or footprint × floors; 0 for those unknown
    long long floor_area_unknown = 0;  // neither recorded nor floors
    long long households = 0;
    long long households_unknown = 0;
    long long floors_unknown = 0;
    long long built_year_unknown = 0;

    void add(const Inventory& part);
};

// The figures the JSON contract names; everything counts in-plan buildings only
// (eligible buildings in planned communities).
struct Figures {
    long long communities = 0;
    long long buildings = 0;
    double footprint_m2 = 0;
    double floor_area_m2 = 0;       // recorded
    double floor_area_geom_m2 = 0;  // footprint × floors
    long long households = 0;
    double people = 0;
    long long lift_candidates = 0;
    long long lifts = 0;
    double lift_subsidy_cny = 0;
    long long d_grade = 0;
    double rebuild_floor_area_max_m2 = 0;
    long long heritage = 0;
    long long eligible_not_planned = 0;  // eligible buildings outside planned communities: reserve candidates
    long long all_buildings = 0;         // every building placed here, whatever its tags
    // Buildings counted above (in the plan's scope) whose record cannot give a figure:
    long long eligibility_unknown = 0;  // built year missing: counted, their eligibility unknown
    long long floors_unknown = 0;       // no lift eligibility, no footprint × floors
    long long floor_area_unknown = 0;   // no floor area recorded nor floors to estimate it
    long long households_unknown = 0;   // no households, nor people from them
    Inventory inventory;

    void add_building(const Building& b, const BuildingTags& t);
};

struct Targets {
    std::optional<double> communities, buildings, floor_area_m2, households, people;
};

struct CoverageRow {
    std::string level;  // district, street, community
    std::string code;   // street code or community id
    std::string name;
    std::string street_code;
    bool planned = false;
    std::string phase;
    std::optional<int> year;
    bool demonstration = false;
    std::string path;
    Figures figures;
    Targets targets;
};

struct Coverage {
    CoverageRow district;
    std::vector<CoverageRow> streets;
    std::vector<CoverageRow> communities;
};

void add_figures(Figures& sum, const Figures& part);
void add_targets(Targets& sum, const Targets& part);
// One community's targets from its plan row (communities = 1).
Targets entry_targets(const PlanEntry& entry);

// Coverage summed building by building, in the buildings' order (the sums of
// a whole load and of a stream are the same to the last bit).
class CoverageBuilder {
public:
    CoverageBuilder(const Dataset& ds, const std::vector<CommunityTags>& community_tags);
    void add(const Building& b, const BuildingTags& t);
    // The streets' and the district's rows from the communities'.
    Coverage finish(const Dataset& ds) &&;

private:
    Coverage coverage_;
    Figures unplaced_;  // buildings in no community count for the district only
};

Coverage compute_coverage(const Dataset& ds, const std::vector<CommunityTags>& community_tags,
                          const std::vector<BuildingTags>& building_tags);

// value − target and value / target as percent; nullopt when there is no target.
std::optional<double> difference(double value, const std::optional<double>& target);
std::optional<double> percent(double value, const std::optional<double>& target);

}  // namespace renozone
