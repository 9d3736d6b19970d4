// The area and the point-on-surface of a polygon with one ring, from its flat
// coordinates, computed as GEOS computes them (the same sums in the same
// order, the same scan line), so that a footprint measured here and the same
// footprint measured through GEOS agree to the last bit.
#pragma once

#include <cstddef>
#include <vector>

namespace renozone {

struct PointXY {
    double x = 0;
    double y = 0;
};

// `xy` holds x0 y0 x1 y1 ... of a closed ring of `points` points.
double ring_area(const double* xy, std::size_t points);

// GEOS's interior point of the polygon: the middle of the widest section of a
// horizontal scan line that avoids the vertices; the first vertex when the
// ring has no area. `crossings` is scratch space, kept by the caller.
PointXY ring_point_on_surface(const double* xy, std::size_t points, std::vector<double>& crossings);

}  // namespace renozone
