// Turns one OGR feature geometry into a valid polygonal GEOS geometry in the
// working CRS, recording every repair and every refusal as a finding.
#pragma once

#include "findings.h"
#include "geos_handles.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>
#include <string>

namespace renozone {

enum class GeometryKind { polygonal, lineal, puntal };

// More vertices than any footprint or boundary needs: a feature above it is
// refused before GEOS spends minutes on it.
constexpr long long max_vertices_per_feature = 1000000;

class GeometryReader {
public:
    // `source` is the layer's CRS, `target` the working CRS; `gcj02` shifts
    // geographic GCJ-02 coordinates back to WGS84 first.
    GeometryReader(GEOSContextHandle_t ctx, const OGRSpatialReference& source, const OGRSpatialReference& target,
                   bool gcj02, std::string layer, std::string where);
    ~GeometryReader();

    // Null when the feature has no usable geometry of that kind; the reason is in
    // `findings`. Polygons are repaired when invalid, and the repair recorded.
    GeomPtr read(const OGRGeometry* geometry, const FeatureRef& feature, Findings& findings, GeometryKind kind);
    GeomPtr read_polygonal(const OGRGeometry* geometry, const FeatureRef& feature, Findings& findings) {
        return read(geometry, feature, findings, GeometryKind::polygonal);
    }

private:
    bool outside_area_of_use(const OGRGeometry& geometry) const;

    GEOSContextHandle_t ctx_;
    std::string source_crs_;
    OGREnvelope area_of_use_;  // in source coordinates, with a margin; not init when unknown
    std::unique_ptr<OGRCoordinateTransformation> to_target_;
    std::unique_ptr<OGRCoordinateTransformation> from_gcj02_;
    std::string layer_;
    std::string where_;
};

// The polygonal part of a geometry after MakeValid (lines and points dropped).
GeomPtr polygonal_part(GEOSContextHandle_t ctx, GeomPtr geom);

}  // namespace renozone
