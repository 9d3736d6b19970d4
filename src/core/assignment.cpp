#include "assignment.h"

#include "batch_pipeline.h"
#include "community_index.h"

#include <algorithm>
#include <utility>

namespace renozone {
namespace {

constexpr std::size_t chunk_buildings = 8192;

// One thread's GEOS context with its own copies of the community polygons,
// prepared on first use: GEOS objects are never shared between threads.
class PlacingWorker {
public:
    PlacingWorker(const Dataset& ds, const CommunityIndex& index, std::vector<Placement>& places)
        : ds_(ds), index_(index), places_(places) {
        communities_.reserve(ds.communities.size());
        for (const auto& c : ds.communities)
            communities_.push_back(c.geom ? own(ctx_, GEOSGeom_clone_r(ctx_, c.geom.get())) : own(ctx_, nullptr));
        prepared_.resize(ds.communities.size());
    }

    // Each chunk of buildings goes to one worker; its placements to their own slots.
    void operator()(std::pair<std::size_t, std::size_t>& range, bool& /*unused*/) {
        for (std::size_t i = range.first; i < range.second; ++i) place(ds_.buildings[i], places_[i]);
    }

private:
    const GEOSPreparedGeometry* prepared(int c) {
        if (!prepared_[c]) prepared_[c] = prepare(ctx_, communities_[c].get());
        return prepared_[c].get();
    }

    // Communities whose polygon covers the point, in input order.
    void covering(const GEOSGeometry* point, std::vector<int>& inside) {
        Envelope box;
        GEOSGeomGetX_r(ctx_, point, &box.min_x);
        GEOSGeomGetY_r(ctx_, point, &box.min_y);
        box.max_x = box.min_x;
        box.max_y = box.min_y;
        index_.candidates(box, hits_);
        inside.clear();
        for (int c : hits_)
            if (GEOSPreparedContains_r(ctx_, prepared(c), point) == 1) inside.push_back(c);
        if (inside.empty())  // a point exactly on a shared boundary: take the first polygon touching it
            for (int c : hits_)
                if (GEOSPreparedIntersects_r(ctx_, prepared(c), point) == 1) {
                    inside.push_back(c);
                    return;
                }
    }

    // The planning tools measure distances from the point-on-surface even where
    // the placement was settled without it.
    void record_point(const GEOSGeometry* geom, Placement& place) {
        GeomPtr point = own(ctx_, GEOSPointOnSurface_r(ctx_, geom));
        if (!point || GEOSisEmpty_r(ctx_, point.get())) return;
        place.has_point = GEOSGeomGetX_r(ctx_, point.get(), &place.x) == 1 && GEOSGeomGetY_r(ctx_, point.get(), &place.y) == 1;
    }

    void place(const Building& building, Placement& place) {
        if (!building.geom) return;
        const GEOSGeometry* geom = building.geom.get();
        GEOSArea_r(ctx_, geom, &place.footprint_m2);
        Envelope box;
        GEOSGeom_getXMin_r(ctx_, geom, &box.min_x);
        GEOSGeom_getYMin_r(ctx_, geom, &box.min_y);
        GEOSGeom_getXMax_r(ctx_, geom, &box.max_x);
        GEOSGeom_getYMax_r(ctx_, geom, &box.max_y);
        // The point-on-surface lies inside the envelope: when the envelope lies
        // in one community's interior and clear of every other, so does the
        // point, and the footprint is contained properly (all of it inside).
        const int sole = index_.sole_container(box, hits_);
        if (sole == CommunityIndex::outside_all) return record_point(geom, place);
        if (sole >= 0) {
            place.community = sole;
            place.containing = 1;
            place.share_inside = 1.0;
            return record_point(geom, place);
        }
        GeomPtr point = own(ctx_, GEOSPointOnSurface_r(ctx_, geom));
        if (!point || GEOSisEmpty_r(ctx_, point.get())) return;
        place.has_point = GEOSGeomGetX_r(ctx_, point.get(), &place.x) == 1 && GEOSGeomGetY_r(ctx_, point.get(), &place.y) == 1;
        covering(point.get(), inside_);
        place.containing = static_cast<int>(inside_.size());
        if (inside_.empty()) return;
        place.community = inside_.front();
        if (GEOSPreparedContainsProperly_r(ctx_, prepared(place.community), geom) == 1 || place.footprint_m2 <= 0) {
            place.share_inside = 1.0;
        } else {
            GeomPtr inside = own(ctx_, GEOSIntersection_r(ctx_, communities_[place.community].get(), geom));
            double area = 0;
            if (inside) GEOSArea_r(ctx_, inside.get(), &area);
            place.share_inside = std::min(1.0, area / place.footprint_m2);
        }
    }

    const Dataset& ds_;
    const CommunityIndex& index_;
    std::vector<Placement>& places_;
    GeosContext ctx_;
    std::vector<GeomPtr> communities_;
    std::vector<PreparedPtr> prepared_;
    std::vector<int> hits_, inside_;
};

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
    run_batches<std::pair<std::size_t, std::size_t>, bool>(parallelism.resolved_threads(), next,
                                                           [&] { return PlacingWorker(ds, index, places); });
    return places;
}

}  // namespace renozone
