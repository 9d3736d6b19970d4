#include "analysis.h"

#include "gcj02_check.h"

namespace renozone {

Analysis analyse(const Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism) {
    Analysis a;
    a.rules = PlanRules::from_targets(ds.targets);
    a.discrepancies = ds.findings;
    a.communities = tag_communities(ds, a.discrepancies);
    // Buildings loaded measured only were placed while being read.
    auto places = ds.placements.empty() ? place_buildings(ds, progress, parallelism) : ds.placements;
    check_gcj02_offset(ds, places, a.discrepancies);
    a.buildings = tag_buildings(ds, a.communities, std::move(places), a.rules);
    a.coverage = compute_coverage(ds, a.communities, a.buildings);
    find_discrepancies(ds, a.communities, a.buildings, a.coverage, a.rules, a.discrepancies);
    return a;
}

}  // namespace renozone
