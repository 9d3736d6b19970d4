#include "assignment.h"

#include <algorithm>

namespace renozone {
namespace {

struct CommunityIndex {
    GEOSContextHandle_t ctx;
    TreePtr tree;
    std::vector<PreparedPtr> prepared;
    std::vector<int> slots;  // tree items point here: community index

    CommunityIndex(const Dataset& ds) : ctx(ds.geos->get()), tree(GEOSSTRtree_create_r(ctx, 10), TreeDeleter{ctx}) {
        slots.resize(ds.communities.size());
        prepared.resize(ds.communities.size());
        for (std::size_t i = 0; i < ds.communities.size(); ++i) {
            const auto& geom = ds.communities[i].geom;
            slots[i] = static_cast<int>(i);
            if (!geom) continue;
            prepared[i] = prepare(ctx, geom.get());
            GEOSSTRtree_insert_r(ctx, tree.get(), geom.get(), &slots[i]);
        }
    }

    // Communities whose polygon covers the point, in input order.
    std::vector<int> covering(const GEOSGeometry* point) const {
        std::vector<int> hits;
        GEOSSTRtree_query_r(ctx, tree.get(), point, [](void* item, void* out) {
            static_cast<std::vector<int>*>(out)->push_back(*static_cast<int*>(item));
        }, &hits);
        std::sort(hits.begin(), hits.end());
        std::vector<int> inside;
        for (int c : hits)
            if (GEOSPreparedContains_r(ctx, prepared[c].get(), point) == 1) inside.push_back(c);
        if (inside.empty())  // a point exactly on a shared boundary: take the first polygon touching it
            for (int c : hits)
                if (GEOSPreparedIntersects_r(ctx, prepared[c].get(), point) == 1) return {c};
        return inside;
    }
};

}  // namespace

std::vector<Placement> place_buildings(const Dataset& ds, const ProgressFn& progress) {
    CommunityIndex index(ds);
    GEOSContextHandle_t ctx = index.ctx;
    std::vector<Placement> places(ds.buildings.size());
    for (std::size_t i = 0; i < ds.buildings.size(); ++i) {
        const auto& building = ds.buildings[i];
        Placement& place = places[i];
        if (!building.geom) continue;
        GEOSArea_r(ctx, building.geom.get(), &place.footprint_m2);
        GeomPtr point = own(ctx, GEOSPointOnSurface_r(ctx, building.geom.get()));
        if (!point || GEOSisEmpty_r(ctx, point.get())) continue;
        place.has_point = GEOSGeomGetX_r(ctx, point.get(), &place.x) == 1 && GEOSGeomGetY_r(ctx, point.get(), &place.y) == 1;
        const auto hits = index.covering(point.get());
        place.containing = static_cast<int>(hits.size());
        if (hits.empty()) continue;
        place.community = hits.front();
        const auto* community = index.prepared[place.community].get();
        if (GEOSPreparedContainsProperly_r(ctx, community, building.geom.get()) == 1 || place.footprint_m2 <= 0) {
            place.share_inside = 1.0;
        } else {
            GeomPtr inside = own(ctx, GEOSIntersection_r(ctx, ds.communities[place.community].geom.get(), building.geom.get()));
            double area = 0;
            if (inside) GEOSArea_r(ctx, inside.get(), &area);
            place.share_inside = std::min(1.0, area / place.footprint_m2);
        }
        if (progress && ((i + 1) % 4096 == 0 || i + 1 == ds.buildings.size()))
            progress("placing buildings", static_cast<long long>(i + 1), static_cast<long long>(ds.buildings.size()));
    }
    return places;
}

}  // namespace renozone
