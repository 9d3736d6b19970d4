// Who the existing facilities of a type leave out: the households and
// communities outside every facility's service radius, the coverage rate per
// community, street and district, and the communities below a standard.
#pragma once

#include "core/base/progress.h"
#include "core/planning/site_check.h"

#include <optional>
#include <string>
#include <vector>

namespace renozone {

struct GapOptions {
    bool use_network = true;         // along the roads when a road layer is loaded
    double threshold_percent = 100;  // a community covered below this is substandard
};

struct ServedCount {
    long long households = 0;
    long long covered_households = 0;
    long long buildings = 0;  // with households
    long long covered_buildings = 0;

    long long uncovered_households() const { return households - covered_households; }
    std::optional<double> coverage_percent() const;  // none without households
};

struct CommunityGap {
    int community = -1;  // index into Dataset::communities
    ServedCount count;
    bool substandard = false;
    const char* status() const;  // covered, partial, uncovered, no_households
};

struct StreetGap {
    std::string code;
    std::string name;
    ServedCount count;
    int communities = 0;  // with households
    int substandard_communities = 0;
    int uncovered_communities = 0;
};

struct FacilityGaps {
    std::string type;
    FacilityRule rule;
    std::string distance_method;  // network or euclidean
    double threshold_percent = 100;
    std::vector<int> facilities;  // indexes into Dataset::facilities
    ServedCount district;
    ServedCount planned;  // the planned communities only
    long long covered_households_euclidean = 0;
    int communities = 0;  // with households
    int substandard_communities = 0;
    int substandard_planned_communities = 0;
    int uncovered_communities = 0;  // not one household covered
    std::vector<CommunityGap> community_rows;  // every community, in layer order
    std::vector<StreetGap> streets;            // by street code
    std::vector<char> covered;                 // per building: reached by a facility of the type
};

// The residents a facility serves: buildings with households whose
// point-on-surface lies in a community.
std::vector<int> demand_buildings(const District& district);

// The demand buildings no facility of the gaps' type reaches, in layer order:
// what the map layers of the gaps show.
std::vector<int> uncovered_homes(const District& district, const FacilityGaps& gaps);

// Per building: within the type's radius of an existing facility of the type.
std::vector<char> covered_by_existing(const SiteChecker& checker, const std::string& type, bool network);

// Throws UsageError for a type the rules do not know. Progress: "finding
// facility gaps", one step per facility searched (two along roads, where the
// straight-line reach is measured too for comparison).
FacilityGaps facility_gaps(const SiteChecker& checker, const std::string& type, const GapOptions& options = {},
                           const ProgressFn& progress = {});
// Every type of the rules, in their order; progress runs once over all of them.
std::vector<FacilityGaps> all_facility_gaps(const SiteChecker& checker, const GapOptions& options = {},
                                            const ProgressFn& progress = {});

// Facility types in the facilities layer that the rules do not know.
std::vector<std::string> unknown_facility_types(const SiteChecker& checker);

}  // namespace renozone
