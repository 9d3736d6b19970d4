// Where to put k new facilities of a type (maximal covering location problem):
// existing facilities stay, the demand is the households they leave uncovered,
// and the k sites chosen among the candidates cover most of it.
#pragma once

#include "core/planning/facility_gaps.h"
#include "core/planning/site_candidates.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace renozone {

struct SiteSelectionOptions {
    int count = 1;
    bool exact = false;          // solve the integer programme (GLPK) and compare with greedy
    bool use_network = true;     // along the roads when a road layer is loaded
    double time_limit_s = 60;    // for the exact solve
};

struct SuggestedSite {
    int candidate = -1;  // index into the candidates given
    std::string id;
    XY point{};
    long long marginal_households = 0;  // newly covered given the existing facilities and the sites before it
    long long marginal_buildings = 0;
    long long reach_households = 0;     // uncovered households within reach of this site alone
    std::vector<std::pair<int, long long>> communities;  // community index, households it newly covers there
};

struct SiteSelection {
    std::string type;
    FacilityRule rule;
    std::string distance_method;  // network or euclidean
    std::string method;           // greedy or exact
    int count = 0;                // sites asked for
    std::size_t candidates = 0;   // given or generated
    std::size_t useful_candidates = 0;  // reaching at least one uncovered household
    std::size_t existing_facilities = 0;
    long long households = 0;                   // in communities
    long long existing_covered_households = 0;  // by the existing facilities
    long long new_covered_households = 0;       // by the sites suggested
    long long covered_households = 0;           // existing + new
    std::vector<SuggestedSite> sites;           // each adding most given those before it
    // Only with exact: the greedy answer beside the optimum.
    std::optional<long long> greedy_new_covered_households;
    std::optional<long long> gap_households;  // optimum − greedy
    std::optional<double> gap_percent;        // of the optimum's new coverage
    bool proven_optimal = false;
    std::optional<double> bound_gap_percent;  // stopped by the time limit
};

// Throws UsageError for an unknown type or a count below 1.
SiteSelection suggest_sites(const SiteChecker& checker, const std::string& type, const std::vector<Candidate>& candidates,
                            const SiteSelectionOptions& options, const ProgressFn& progress = {});

}  // namespace renozone
