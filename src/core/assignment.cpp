#include "assignment.h"

#include "batch_pipeline.h"
#include "building_placer.h"

#include <algorithm>
#include <utility>

namespace renozone {
namespace {

constexpr std::size_t chunk_buildings = 8192;

}  // namespace

std::vector<Placement> place_buildings(const Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism) {
    const CommunityIndex index(ds);
    std::vector<Placement> places(ds.buildings.size());
    std::size_t next_start = 0;
    auto next = [&]() -> std::optional<std::pair<std::size_t, std::size_t>> {
        if (next_start >= ds.buildings.size()) return std::nullopt;
        const std::size_t end = std::min(next_start + chunk_buildings, ds.buildings.size());
        if (progress) progress("placing buildings", static_cast<long long>(end), static_cast<long long>(ds.buildings.size()));
        return std::pair{std::exchange(next_start, end), end};
    };
    // Each chunk of buildings goes to one thread; its placements to their own slots.
    auto make_worker = [&] {
        return [placer = std::make_shared<BuildingPlacer>(ds, index), &ds, &places](std::pair<std::size_t, std::size_t>& range, bool&) {
            for (std::size_t i = range.first; i < range.second; ++i) placer->place(ds.buildings[i].geom.get(), places[i]);
        };
    };
    run_batches<std::pair<std::size_t, std::size_t>, bool>(parallelism.resolved_threads(), next, make_worker);
    return places;
}

}  // namespace renozone
