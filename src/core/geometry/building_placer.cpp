#include "core/geometry/building_placer.h"

#include "core/geometry/ring_relation.h"

#include "core/geometry/ring_measures.h"

#include <algorithm>

namespace renozone {

BuildingPlacer::BuildingPlacer(const Dataset& ds, const CommunityIndex& index) : index_(index) {
    communities_.reserve(ds.communities.size());
    for (const auto& c : ds.communities)
        communities_.push_back(c.geom ? own(ctx_, GEOSGeom_clone_r(ctx_, c.geom.get())) : own(ctx_, nullptr));
    prepared_.resize(ds.communities.size());
}

const GEOSPreparedGeometry* BuildingPlacer::prepared(int c) {
    if (!prepared_[c]) prepared_[c] = prepare(ctx_, communities_[c].get());
    return prepared_[c].get();
}

// Communities whose polygon covers the point, in input order.
void BuildingPlacer::covering(const GEOSGeometry* point, std::vector<int>& inside) {
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
void BuildingPlacer::record_point(const GEOSGeometry* geom, Placement& place) {
    GeomPtr point = own(ctx_, GEOSPointOnSurface_r(ctx_, geom));
    if (!point || GEOSisEmpty_r(ctx_, point.get())) return;
    place.has_point = GEOSGeomGetX_r(ctx_, point.get(), &place.x) == 1 && GEOSGeomGetY_r(ctx_, point.get(), &place.y) == 1;
}

void BuildingPlacer::place(const GEOSGeometry* geom, Placement& place) {
    if (!geom) return;
    place.has_footprint = true;
    GEOSArea_r(ctx_, geom, &place.footprint_m2);
    const Envelope box = envelope_of(ctx_, geom).value_or(Envelope{});
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
    } else if (const auto share = share_in_doubles(place.community, geom, place.footprint_m2)) {
        place.share_inside = *share;
    } else {
        GeomPtr inside = own(ctx_, GEOSIntersection_r(ctx_, communities_[place.community].get(), geom));
        double area = 0;
        if (inside) GEOSArea_r(ctx_, inside.get(), &area);
        place.share_inside = std::min(1.0, area / place.footprint_m2);
    }
}

void BuildingPlacer::place(const PolygonRings& rings, Placement& place) {
    const double* shell = rings.ring_coordinates(0);
    const std::size_t points = rings.ring_points(0);
    // Near a boundary the ring itself may settle it, else GEOS does.
    const int sole = index_.sole_container(rings.envelope(), shell, points, hits_);
    if (sole == CommunityIndex::undecided && place_near_boundary(shell, points, place)) return;
    if (sole == CommunityIndex::undecided) {  // too near to call: GEOS decides, as for any footprint
        GeomPtr geom = rings.to_geos(ctx_);
        return this->place(geom.get(), place);
    }
    measure(shell, points, place);
    if (sole >= 0) {
        place.community = sole;
        place.containing = 1;
        place.share_inside = 1.0;
    }
}

void BuildingPlacer::measure(const double* shell, std::size_t points, Placement& place) {
    place.has_footprint = true;
    place.footprint_m2 = ring_area(shell, points);
    const PointXY point = ring_point_on_surface(shell, points, crossings_);
    place.has_point = true;
    place.x = point.x;
    place.y = point.y;
}

// A straddler's share inside a community of one ring, from the two boundaries
// in doubles (within 1e-9 of GEOS's overlay, tests/core/geometry/ring_relation_test.cpp),
// the same however the footprint was read; nullopt where GEOS's overlay must measure it.
std::optional<double> BuildingPlacer::share_in_doubles(int c, const double* ring, std::size_t points, double footprint) const {
    if (index_.ring_ends(c).size() != 1) return std::nullopt;
    const auto overlap = ring_overlap_area(ring, points, index_.rings_xy(c).data(), index_.ring_ends(c).front());
    if (!overlap) return std::nullopt;
    return std::min(1.0, *overlap / footprint);
}

std::optional<double> BuildingPlacer::share_in_doubles(int c, const GEOSGeometry* footprint, double area) {
    if (GEOSGeomTypeId_r(ctx_, footprint) != GEOS_POLYGON || GEOSGetNumInteriorRings_r(ctx_, footprint) != 0) return std::nullopt;
    ring_xy_.clear();
    ring_ends_.clear();
    polygon_coordinates(ctx_, footprint, ring_xy_, ring_ends_);
    if (ring_ends_.size() != 1) return std::nullopt;
    return share_in_doubles(c, ring_xy_.data(), ring_ends_.front(), area);
}

bool BuildingPlacer::place_near_boundary(const double* shell, std::size_t points, Placement& place) {
    Placement measured;
    measure(shell, points, measured);
    index_.candidates(Envelope{measured.x, measured.y, measured.x, measured.y}, hits_);
    inside_.clear();
    for (int c : hits_) {
        const RingPlace where = point_place(measured.x, measured.y, index_.rings_xy(c), index_.ring_ends(c));
        if (where == RingPlace::unsure) return false;  // on a boundary: GEOS's tie rule
        if (where == RingPlace::inside) inside_.push_back(c);
    }
    measured.containing = static_cast<int>(inside_.size());
    if (!inside_.empty()) {
        const int c = inside_.front();
        measured.community = c;
        if (ring_place(shell, points, index_.rings_xy(c), index_.ring_ends(c)) == RingPlace::inside || measured.footprint_m2 <= 0) {
            measured.share_inside = 1.0;
        } else {
            const auto in_doubles = share_in_doubles(c, shell, points, measured.footprint_m2);
            if (!in_doubles) return false;
            measured.share_inside = *in_doubles;
        }
    }
    place = measured;
    return true;
}

}  // namespace renozone
