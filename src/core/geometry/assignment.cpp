#include "core/geometry/assignment.h"

#include "core/base/batch_pipeline.h"
#include "core/geometry/building_placer.h"

#include <algorithm>
#include <utility>

namespace renozone {
namespace {

constexpr std::size_t chunk_buildings = 8192;

}  // namespace

std::vector<Placement> place_buildings(const Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism) {
    const CommunityIndex index(ds);
    std::vector<Placement> places(ds.buildings.size());
    IndexRanges ranges(ds.buildings.size(), chunk_buildings);
    auto next = [&] {
        auto range = ranges();
        if (range && progress) progress(Stage::placing_buildings, static_cast<long long>(range->second), static_cast<long long>(ranges.size()));
        return range;
    };
    // Each chunk of buildings goes to one thread; its placements to their own slots.
    auto make_worker = [&] {
        return [placer = std::make_shared<BuildingPlacer>(ds, index), &ds, &places](IndexRanges::Range& range, bool&) {
            for (std::size_t i = range.first; i < range.second; ++i) placer->place(ds.buildings[i].geom.get(), places[i]);
        };
    };
    run_batches<IndexRanges::Range, bool>(parallelism.resolved_threads(), next, make_worker);
    return places;
}

}  // namespace renozone
