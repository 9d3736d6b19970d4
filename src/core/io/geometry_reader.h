// Turns one OGR feature geometry into a valid polygonal GEOS geometry in the
// working CRS, recording every repair and every refusal as a finding.
#pragma once

#include "core/base/findings.h"
#include "core/base/geos_handles.h"
#include "core/geometry/polygon_rings.h"
#include "core/io/field_value.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
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
    GeomPtr read(const OGRGeometry* geometry, const FeatureKey& feature, Findings& findings, GeometryKind kind);
    GeomPtr read_polygonal(const OGRGeometry* geometry, const FeatureKey& feature, Findings& findings) {
        return read(geometry, feature, findings, GeometryKind::polygonal);
    }
    // The same from WKB (an Arrow batch's geometry column); null wkb: no geometry.
    // Throws ArrowStreamTrouble when the WKB cannot be decoded.
    GeomPtr read_polygonal_wkb(const std::uint8_t* wkb, std::size_t size, const FeatureKey& feature, Findings& findings);

    // For callers that only measure footprints: the plain, certainly valid case
    // comes back as rings, without a GEOS geometry; any other as the two
    // readers above return it. The rings are valid until the next read.
    struct Footprint {
        const PolygonRings* rings = nullptr;
        GeomPtr geom;
    };
    Footprint read_footprint(const OGRGeometry* geometry, const FeatureKey& feature, Findings& findings);
    Footprint read_footprint_wkb(const std::uint8_t* wkb, std::size_t size, const FeatureKey& feature, Findings& findings);

private:
    bool outside_area_of_use(const OGRGeometry& geometry) const;
    bool rings_need_no_check() const;
    bool needs_transform() const { return to_target_ || from_gcj02_; }
    std::optional<GeomPtr> from_rings(const FeatureKey& feature, Findings& findings);
    GeomPtr valid_or_repaired(GeomPtr geom, const FeatureKey& feature, Findings& findings);

    GEOSContextHandle_t ctx_;
    std::string source_crs_;
    OGREnvelope area_of_use_;  // in source coordinates, with a margin; not init when unknown
    PolygonRings rings_;
    std::unique_ptr<OGRCoordinateTransformation> to_target_;
    std::unique_ptr<OGRCoordinateTransformation> from_gcj02_;
    std::string layer_;
    std::string where_;
};

// The polygonal part of a geometry after MakeValid (lines and points dropped).
GeomPtr polygonal_part(GEOSContextHandle_t ctx, GeomPtr geom);

}  // namespace renozone
