#include "core/analysis/analysis.h"

#include "core/analysis/gcj02_check.h"

namespace renozone {

Analysis analyse(const Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism) {
    Analysis a;
    a.rules = PlanRules::from_targets(ds.targets);
    a.discrepancies = ds.findings;
    a.communities = tag_communities(ds, a.discrepancies);
    const std::vector<Placement> places = place_buildings(ds, progress, parallelism);
    check_gcj02_offset(ds, places, a.discrepancies);
    a.buildings = tag_buildings(ds, a.communities, places, a.rules, parallelism.resolved_threads());
    a.coverage = compute_coverage(ds, a.communities, a.buildings);
    find_discrepancies(ds, a.communities, a.buildings, a.coverage, a.rules, a.discrepancies);
    return a;
}

}  // namespace renozone
