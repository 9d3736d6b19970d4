#include "core/geometry/ring_relation.h"

#include "core/geometry/polygon_rings.h"
#include "core/geometry/segment_predicates.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace renozone {
namespace {

using segment::Point;

Point at(const double* xy, std::size_t i) { return {xy[2 * i], xy[2 * i + 1]}; }

Envelope envelope_of(const Point& a, const Point& b) {
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
}

// Crossings of a ray from v towards +x with a closed ring of `points` points,
// point i being at(i) (half-open in y); -1 when one cannot be told.
template <class PointAt>
int crossings(Point v, std::size_t points, PointAt at) {
    int count = 0;
    for (std::size_t i = 0; i + 1 < points; ++i) {
        const Point a = at(i), b = at(i + 1);
        if ((a.y > v.y) == (b.y > v.y)) continue;
        const int side = segment::turn(a, b, v);
        if (side == 0) return -1;
        if ((b.y > a.y) == (side > 0)) ++count;  // the edge passes to the right of v
    }
    return count;
}

int crossings(Point v, const double* xy, std::size_t points) {
    return crossings(v, points, [xy](std::size_t i) { return at(xy, i); });
}

// A closed ring as counter-clockwise points relative to `origin`.
std::vector<Point> counter_clockwise(const double* xy, std::size_t points, Point origin) {
    std::vector<Point> out;
    out.reserve(points);
    double twice_area = 0;
    for (std::size_t i = 0; i < points; ++i) {
        out.push_back({xy[2 * i] - origin.x, xy[2 * i + 1] - origin.y});
        if (i > 0) twice_area += out[i - 1].x * out[i].y - out[i].x * out[i - 1].y;
    }
    if (twice_area < 0) std::reverse(out.begin(), out.end());
    return out;
}

// Twice the signed area the parts of `ring`'s edges inside `other` sweep from
// the origin (both closed rings); nullopt when unsure.
std::optional<double> inside_parts(const std::vector<Point>& ring, const std::vector<Point>& other) {
    double twice = 0;
    std::vector<double> cuts;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const Point p = ring[i], q = ring[i + 1];
        const Envelope edge = envelope_of(p, q);
        cuts.assign({0.0, 1.0});
        for (std::size_t j = 0; j + 1 < other.size(); ++j) {
            const Point r = other[j], s = other[j + 1];
            if (!meets(edge, envelope_of(r, s)) || segment::certainly_disjoint(p, q, r, s)) continue;
            if (!segment::certainly_cross(p, q, r, s)) return std::nullopt;  // touching, or too close to call
            const double dx = q.x - p.x, dy = q.y - p.y, ex = s.x - r.x, ey = s.y - r.y;
            cuts.push_back(((r.x - p.x) * ey - (r.y - p.y) * ex) / (dx * ey - dy * ex));
        }
        std::sort(cuts.begin(), cuts.end());
        for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
            const double t0 = cuts[k], t1 = cuts[k + 1], tm = (t0 + t1) / 2;
            const Point a{p.x + t0 * (q.x - p.x), p.y + t0 * (q.y - p.y)};
            const Point b{p.x + t1 * (q.x - p.x), p.y + t1 * (q.y - p.y)};
            const int in = crossings({p.x + tm * (q.x - p.x), p.y + tm * (q.y - p.y)}, other.size(),
                                     [&other](std::size_t n) { return other[n]; });
            if (in < 0) return std::nullopt;
            if (in % 2 == 1) twice += a.x * b.y - b.x * a.y;
        }
    }
    return twice;
}

}  // namespace

std::optional<double> ring_overlap_area(const double* ring, std::size_t points, const double* polygon, std::size_t polygon_points) {
    if (points < 4 || polygon_points < 4) return std::nullopt;
    const Point origin = at(ring, 0);
    const std::vector<Point> own = counter_clockwise(ring, points, origin);
    const std::vector<Point> theirs = counter_clockwise(polygon, polygon_points, origin);
    const auto from_own = inside_parts(own, theirs);
    const auto from_theirs = from_own ? inside_parts(theirs, own) : std::nullopt;
    if (!from_theirs) return std::nullopt;
    return std::max(0.0, (*from_own + *from_theirs) / 2);
}

RingPlace point_place(double x, double y, const std::vector<double>& polygon_xy, const std::vector<std::size_t>& polygon_ring_ends) {
    int count = 0;
    std::size_t start = 0;
    for (std::size_t end : polygon_ring_ends) {
        const int through = crossings({x, y}, polygon_xy.data() + 2 * start, end - start);
        if (through < 0) return RingPlace::unsure;
        count += through;
        start = end;
    }
    return count % 2 == 1 ? RingPlace::inside : RingPlace::outside;
}

RingPlace ring_place(const double* ring, std::size_t points, const std::vector<double>& polygon_xy,
                     const std::vector<std::size_t>& polygon_ring_ends) {
    if (points < 4) return RingPlace::unsure;
    const Envelope own = envelope_of_points(ring, points);
    int inside_count = 0;
    std::size_t start = 0;
    for (std::size_t end : polygon_ring_ends) {
        const double* other = polygon_xy.data() + 2 * start;
        const std::size_t n = end - start;
        start = end;
        if (n < 4) return RingPlace::unsure;
        if (meets(own, envelope_of_points(other, n))) {
            for (std::size_t j = 0; j + 1 < n; ++j) {
                const Point r = at(other, j), s = at(other, j + 1);
                if (!meets(envelope_of(r, s), own)) continue;
                for (std::size_t i = 0; i + 1 < points; ++i)
                    if (!segment::certainly_disjoint(at(ring, i), at(ring, i + 1), r, s)) return RingPlace::unsure;
            }
            // No edge meets the ring: a polygon ring inside the building (a hole it would cover) is the other case left.
            const int around = crossings(at(other, 0), ring, points);
            if (around < 0 || around % 2 == 1) return RingPlace::unsure;
        }
        const int through = crossings(at(ring, 0), other, n);
        if (through < 0) return RingPlace::unsure;
        inside_count += through;
    }
    return inside_count % 2 == 1 ? RingPlace::inside : RingPlace::outside;
}

}  // namespace renozone
