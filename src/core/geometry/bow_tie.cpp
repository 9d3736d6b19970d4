#include "core/geometry/bow_tie.h"

#include "core/geometry/polygon_rings.h"
#include "core/geometry/ring_measures.h"
#include "core/geometry/simple_ring.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace renozone {
namespace {

using segment::Point;

// Where lines ab and cd meet, computed about the middle of the overlap of
// their boxes so that large coordinates lose no precision.
std::optional<Point> crossing_point(const Point& a, const Point& b, const Point& c, const Point& d) {
    const double mx = (std::max(std::min(a.x, b.x), std::min(c.x, d.x)) + std::min(std::max(a.x, b.x), std::max(c.x, d.x))) / 2;
    const double my = (std::max(std::min(a.y, b.y), std::min(c.y, d.y)) + std::min(std::max(a.y, b.y), std::max(c.y, d.y))) / 2;
    const double ax = a.x - mx, ay = a.y - my, bx = b.x - mx, by = b.y - my;
    const double cx = c.x - mx, cy = c.y - my, dx = d.x - mx, dy = d.y - my;
    const double p1 = ay - by, p2 = bx - ax, pw = ax * by - bx * ay;
    const double q1 = cy - dy, q2 = dx - cx, qw = cx * dy - dx * cy;
    const double w = p1 * q2 - q1 * p2;
    const Point x{(p2 * qw - q2 * pw) / w + mx, (q1 * pw - p1 * qw) / w + my};
    if (!std::isfinite(x.x) || !std::isfinite(x.y)) return std::nullopt;
    return x;
}

bool inside_ring(const Point& p, const std::vector<double>& ring) {
    bool inside = false;
    for (std::size_t i = 2; i < ring.size(); i += 2) {
        const double x0 = ring[i - 2], y0 = ring[i - 1], x1 = ring[i], y1 = ring[i + 1];
        if ((y0 > p.y) != (y1 > p.y) && p.x < x0 + (p.y - y0) * (x1 - x0) / (y1 - y0)) inside = !inside;
    }
    return inside;
}

double signed_area(const std::vector<double>& ring) {
    double twice = 0;
    for (std::size_t i = 2; i < ring.size(); i += 2) twice += ring[i - 2] * ring[i + 1] - ring[i] * ring[i - 1];
    return twice / 2;
}

double lowest(const std::vector<double>& ring) {
    double y = ring[1];
    for (std::size_t i = 1; i < ring.size(); i += 2) y = std::min(y, ring[i]);
    return y;
}

GeomPtr split_ring(GEOSContextHandle_t ctx, const double* xy, std::size_t points) {
    RingVertices vertices;
    std::size_t first = 0, second = 0;
    if (classify_ring(xy, points, vertices, first, second) != RingShape::crosses_once) return own(ctx, nullptr);
    const auto& v = vertices.at;
    const std::size_t k = vertices.count;
    const auto crossing = crossing_point(v[first], v[first + 1], v[second], v[(second + 1) % k]);
    if (!crossing) return own(ctx, nullptr);
    // Lobe one runs from the crossing along the first edge to the second;
    // lobe two from the crossing along the second edge round to the first.
    std::array<std::vector<double>, 2> lobes;
    auto add = [](std::vector<double>& ring, const Point& p) {
        ring.push_back(p.x);
        ring.push_back(p.y);
    };
    for (auto& lobe : lobes) add(lobe, *crossing);
    for (std::size_t i = first + 1; i <= second; ++i) add(lobes[0], v[i]);
    for (std::size_t i = second + 1; i != first + 1 + k; ++i) add(lobes[1], v[i % k]);
    for (auto& lobe : lobes) add(lobe, *crossing);
    // Each lobe must be a simple ring in its own right (the crossing, rounded,
    // can land too near a vertex) and lie outside the other.
    std::vector<double> scratch;
    for (std::size_t l = 0; l < 2; ++l) {
        const auto& lobe = lobes[l];
        if (!ring_certainly_simple(lobe.data(), lobe.size() / 2)) return own(ctx, nullptr);
        const PointXY inner = ring_point_on_surface(lobe.data(), lobe.size() / 2, scratch);
        if (inside_ring({inner.x, inner.y}, lobes[1 - l])) return own(ctx, nullptr);
    }
    for (auto& lobe : lobes) {
        if (signed_area(lobe) > 0) {  // counter-clockwise: turn it round, keeping its first point
            for (std::size_t i = 2, j = lobe.size() - 4; i < j; i += 2, j -= 2) {
                std::swap(lobe[i], lobe[j]);
                std::swap(lobe[i + 1], lobe[j + 1]);
            }
        }
    }
    if (lowest(lobes[1]) < lowest(lobes[0])) std::swap(lobes[0], lobes[1]);
    std::array<GEOSGeometry*, 2> parts{};
    for (std::size_t l = 0; l < 2; ++l) {
        GeomPtr part = polygon_of_ring(ctx, lobes[l].data(), lobes[l].size() / 2);
        if (!part) {
            if (parts[0]) GEOSGeom_destroy_r(ctx, parts[0]);
            return own(ctx, nullptr);
        }
        parts[l] = part.release();
    }
    return own(ctx, GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(), 2));
}

}  // namespace

GeomPtr split_bow_tie(GEOSContextHandle_t ctx, const GEOSGeometry* polygon) {
    if (!polygon || GEOSGeomTypeId_r(ctx, polygon) != GEOS_POLYGON || GEOSGetNumInteriorRings_r(ctx, polygon) != 0)
        return own(ctx, nullptr);
    const GEOSGeometry* shell = GEOSGetExteriorRing_r(ctx, polygon);
    const GEOSCoordSequence* seq = shell ? GEOSGeom_getCoordSeq_r(ctx, shell) : nullptr;
    unsigned points = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &points) || points > max_certain_ring_points) return own(ctx, nullptr);
    std::array<double, 2 * max_certain_ring_points> xy;
    if (!GEOSCoordSeq_copyToBuffer_r(ctx, seq, xy.data(), 0, 0)) return own(ctx, nullptr);
    return split_ring(ctx, xy.data(), points);
}

}  // namespace renozone
