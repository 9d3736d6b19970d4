// Turns one OGR feature geometry into a valid polygonal GEOS geometry in the
// working CRS, recording every repair and every refusal as a finding.
#pragma once

#include "field_value.h"
#include "findings.h"
#include "geos_handles.h"
#include "polygon_rings.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>
#include <string>

namespace renozone {

class GeometryReader {
public:
    // `source` is the layer's CRS, `target` the working CRS; `gcj02` shifts
    // geographic GCJ-02 coordinates back to WGS84 first.
    GeometryReader(GEOSContextHandle_t ctx, const OGRSpatialReference& source, const OGRSpatialReference& target,
                   bool gcj02, std::string layer, std::string where);
    ~GeometryReader();

    // Null when the feature has no usable polygon; the reason is in `findings`.
    GeomPtr read_polygonal(const OGRGeometry* geometry, const FeatureKey& feature, Findings& findings);
    // The same from WKB (an Arrow batch's geometry column); null wkb: no geometry.
    GeomPtr read_polygonal_wkb(const std::uint8_t* wkb, std::size_t size, const FeatureKey& feature, Findings& findings);

private:
    bool needs_transform() const { return to_target_ || from_gcj02_; }
    // The plain case read into rings_: straight to GEOS, validity proven or asked.
    GeomPtr from_rings(const FeatureKey& feature, Findings& findings);
    GeomPtr valid_or_repaired(GeomPtr geom, const FeatureKey& feature, Findings& findings);

    GEOSContextHandle_t ctx_;
    PolygonRings rings_;
    std::unique_ptr<OGRCoordinateTransformation> to_target_;
    std::unique_ptr<OGRCoordinateTransformation> from_gcj02_;
    std::string layer_;
    std::string where_;
};

// The polygonal part of a geometry after MakeValid (lines and points dropped).
GeomPtr polygonal_part(GEOSContextHandle_t ctx, GeomPtr geom);

}  // namespace renozone
