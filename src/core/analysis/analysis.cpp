#include "core/analysis/analysis.h"

#include "core/analysis/gcj02_check.h"

namespace renozone {

Analysis analyse(const Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism) {
    Analysis a;
    a.rules = PlanRules::from_targets(ds.targets);
    a.discrepancies = ds.findings;
    a.communities = tag_communities(ds, a.discrepancies);
    // Buildings loaded measured only were placed while being read.
    const std::vector<Placement> placed = ds.placements.empty() ? place_buildings(ds, progress, parallelism) : std::vector<Placement>();
    const std::vector<Placement>& places = ds.placements.empty() ? placed : ds.placements;
    check_gcj02_offset(ds, places, a.discrepancies);
    a.buildings = tag_buildings(ds, a.communities, places, a.rules, parallelism.resolved_threads());
    a.coverage = compute_coverage(ds, a.communities, a.buildings);
    find_discrepancies(ds, a.communities, a.buildings, a.coverage, a.rules, a.discrepancies);
    return a;
}

}  // namespace renozone
