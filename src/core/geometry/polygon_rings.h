// The coordinates of a plain 2D Polygon or MultiPolygon in flat buffers, read
// from an OGR geometry or straight from WKB, and turned into GEOS without the
// WKB round trip OGR's exportToGEOS makes. Reused from feature to feature, so
// reading a layer does not allocate per feature once the buffers have grown.
#pragma once

#include "core/base/geos_handles.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

class OGRGeometry;

namespace renozone {

struct Envelope {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
};

// Whether two envelopes share a point (edges touching count).
inline bool meets(const Envelope& a, const Envelope& b) {
    return a.min_x <= b.max_x && b.min_x <= a.max_x && a.min_y <= b.max_y && b.min_y <= a.max_y;
}

// The envelope of `points` x y pairs (at least one).
Envelope envelope_of_points(const double* xy, std::size_t points);

// A GEOS Polygon with one closed ring of `points` x y pairs; null when GEOS refuses it.
GeomPtr polygon_of_ring(GEOSContextHandle_t ctx, const double* xy, std::size_t points);

// The envelope of a GEOS geometry; nothing for a null or empty one.
std::optional<Envelope> envelope_of(GEOSContextHandle_t ctx, const GEOSGeometry* geom);

// How far beyond data `width` × `height` metres in size a feature may lie
// before renozone takes it for a wrong CRS or a mistyped coordinate: 10 km, or
// the data's own diagonal when that is more.
double reach_beyond(double width, double height);

class PolygonRings {
public:
    // False when the geometry is not a plain case: anything but a 2D Polygon
    // or MultiPolygon, an empty part, a ring of fewer than 4 points or not
    // closed, a coordinate that is not finite. Callers take the general road then.
    bool read(const OGRGeometry& geometry);
    bool read_wkb(const std::uint8_t* wkb, std::size_t size);

    // Same type (Polygon or MultiPolygon) and coordinates as the input.
    GeomPtr to_geos(GEOSContextHandle_t ctx) const;

    // True only when the shape is certainly valid for GEOS: one polygon with a
    // single simple ring. False means "ask GEOS", not "invalid".
    bool certainly_valid() const;

    Envelope envelope() const;
    std::size_t point_count() const { return xy_.size() / 2; }
    // Ring r (in order: each polygon's shell, then its holes) as x0 y0 x1 y1 ...
    const double* ring_coordinates(std::size_t r) const { return xy_.data() + 2 * ring_start(r); }
    std::size_t ring_points(std::size_t r) const { return ring_ends_[r] - ring_start(r); }

private:
    std::size_t ring_start(std::size_t r) const { return r == 0 ? 0 : ring_ends_[r - 1]; }
    void clear();
    bool add_ring(std::size_t points);  // the last `points` pairs of xy_ form a ring
    bool multi_ = false;
    std::vector<double> xy_;             // x0 y0 x1 y1 ... of every ring in order
    std::vector<std::size_t> ring_ends_; // one past the last point of each ring
    std::vector<std::size_t> part_ends_; // one past the last ring of each polygon
};

}  // namespace renozone
