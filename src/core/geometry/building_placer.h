// Places one building after another in the community containing its
// point-on-surface and measures its footprint: one thread's worth, with its
// own GEOS context and its own copies of the community polygons (GEOS objects
// are never shared between threads).
#pragma once

#include "core/geometry/assignment.h"
#include "core/geometry/community_index.h"
#include "core/geometry/polygon_rings.h"

#include <optional>
#include <vector>

namespace renozone {

class BuildingPlacer {
public:
    BuildingPlacer(const Dataset& ds, const CommunityIndex& index);

    // A valid polygonal footprint; null: no footprint, nothing placed.
    void place(const GEOSGeometry* footprint, Placement& place);
    // A footprint read as flat rings that PolygonRings::certainly_valid() vouches
    // for: measured without GEOS unless it touches a community boundary or comes too close to call.
    void place(const PolygonRings& rings, Placement& place);

private:
    const GEOSPreparedGeometry* prepared(int c);
    void covering(const GEOSGeometry* point, std::vector<int>& inside);
    void record_point(const GEOSGeometry* geom, Placement& place);
    // A simple ring near a boundary, placed as the GEOS road would place it but
    // in doubles; false (nothing changed) where GEOS must decide.
    bool place_near_boundary(const double* shell, std::size_t points, Placement& place);
    // Footprint area and point-on-surface of a plain ring, as GEOS measures them.
    void measure(const double* shell, std::size_t points, Placement& place);
    std::optional<double> share_in_doubles(int community, const double* ring, std::size_t points, double footprint) const;
    std::optional<double> share_in_doubles(int community, const GEOSGeometry* footprint, double area);

    const CommunityIndex& index_;
    GeosContext ctx_;
    std::vector<GeomPtr> communities_;
    std::vector<PreparedPtr> prepared_;
    std::vector<int> hits_, inside_;
    std::vector<double> ring_xy_;  // a GEOS footprint's ring, for share_in_doubles
    std::vector<std::size_t> ring_ends_;
    std::vector<double> crossings_;
};

}  // namespace renozone
