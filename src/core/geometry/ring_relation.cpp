#include "core/geometry/ring_relation.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace renozone {
namespace {

struct Point {
    double x, y;
};

// The sign of the turn a → b → c: 1 left, -1 right, 0 when rounding could flip it.
int turn(Point a, Point b, Point c) {
    const double left = (a.x - c.x) * (b.y - c.y), right = (a.y - c.y) * (b.x - c.x);
    const double det = left - right;
    const double bound = 1e-12 * (std::fabs(left) + std::fabs(right));
    if (det > bound) return 1;
    if (det < -bound) return -1;
    return 0;
}

struct Box {
    double min_x, min_y, max_x, max_y;
    bool meets(const Box& o) const { return min_x <= o.max_x && o.min_x <= max_x && min_y <= o.max_y && o.min_y <= max_y; }
};

Box box_of(const double* xy, std::size_t points) {
    Box b{xy[0], xy[1], xy[0], xy[1]};
    for (std::size_t i = 1; i < points; ++i) {
        b.min_x = std::min(b.min_x, xy[2 * i]), b.max_x = std::max(b.max_x, xy[2 * i]);
        b.min_y = std::min(b.min_y, xy[2 * i + 1]), b.max_y = std::max(b.max_y, xy[2 * i + 1]);
    }
    return b;
}

Point at(const double* xy, std::size_t i) { return {xy[2 * i], xy[2 * i + 1]}; }

// Whether two segments certainly do not meet: false when they cross, touch or cannot be told apart.
bool certainly_apart(Point p, Point q, Point r, Point s) {
    const int a = turn(p, q, r), b = turn(p, q, s), c = turn(r, s, p), d = turn(r, s, q);
    if (a == 0 || b == 0 || c == 0 || d == 0) return false;
    return a == b || c == d;
}

// Crossings of a ray from v towards +x with a ring (half-open in y); -1 when one cannot be told.
int crossings(Point v, const double* xy, std::size_t points) {
    int count = 0;
    for (std::size_t i = 0; i + 1 < points; ++i) {
        const Point a = at(xy, i), b = at(xy, i + 1);
        if ((a.y > v.y) == (b.y > v.y)) continue;
        const int side = turn(a, b, v);
        if (side == 0) return -1;
        if ((b.y > a.y) == (side > 0)) ++count;  // the edge passes to the right of v
    }
    return count;
}

// A ring as counter-clockwise points relative to `origin` (closing point dropped).
std::vector<Point> counter_clockwise(const double* xy, std::size_t points, Point origin) {
    std::vector<Point> out;
    out.reserve(points - 1);
    double twice_area = 0;
    for (std::size_t i = 0; i + 1 < points; ++i) {
        out.push_back({xy[2 * i] - origin.x, xy[2 * i + 1] - origin.y});
        const Point a = at(xy, i), b = at(xy, i + 1);
        twice_area += (a.x - origin.x) * (b.y - origin.y) - (b.x - origin.x) * (a.y - origin.y);
    }
    if (twice_area < 0) std::reverse(out.begin(), out.end());
    return out;
}

// -1 unsure, 0 outside, 1 inside the ring.
int inside_of(Point v, const std::vector<Point>& ring) {
    int count = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const Point a = ring[i], b = ring[(i + 1) % ring.size()];
        if ((a.y > v.y) == (b.y > v.y)) continue;
        const int side = turn(a, b, v);
        if (side == 0) return -1;
        if ((b.y > a.y) == (side > 0)) ++count;
    }
    return count % 2;
}

// Twice the signed area the parts of `ring`'s edges inside `other` sweep from the origin; nullopt when unsure.
std::optional<double> inside_parts(const std::vector<Point>& ring, const std::vector<Point>& other) {
    double twice = 0;
    std::vector<double> cuts;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const Point p = ring[i], q = ring[(i + 1) % ring.size()];
        const Box edge{std::min(p.x, q.x), std::min(p.y, q.y), std::max(p.x, q.x), std::max(p.y, q.y)};
        cuts.assign({0.0, 1.0});
        for (std::size_t j = 0; j < other.size(); ++j) {
            const Point r = other[j], s = other[(j + 1) % other.size()];
            const Box theirs{std::min(r.x, s.x), std::min(r.y, s.y), std::max(r.x, s.x), std::max(r.y, s.y)};
            if (!edge.meets(theirs)) continue;
            const int a = turn(p, q, r), b = turn(p, q, s), c = turn(r, s, p), d = turn(r, s, q);
            if (a == 0 || b == 0 || c == 0 || d == 0) return std::nullopt;
            if (a == b || c == d) continue;
            const double dx = q.x - p.x, dy = q.y - p.y, ex = s.x - r.x, ey = s.y - r.y;
            cuts.push_back(((r.x - p.x) * ey - (r.y - p.y) * ex) / (dx * ey - dy * ex));
        }
        std::sort(cuts.begin(), cuts.end());
        for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
            const double t0 = cuts[k], t1 = cuts[k + 1], tm = (t0 + t1) / 2;
            const Point a{p.x + t0 * (q.x - p.x), p.y + t0 * (q.y - p.y)};
            const Point b{p.x + t1 * (q.x - p.x), p.y + t1 * (q.y - p.y)};
            const int in = inside_of({p.x + tm * (q.x - p.x), p.y + tm * (q.y - p.y)}, other);
            if (in < 0) return std::nullopt;
            if (in == 1) twice += a.x * b.y - b.x * a.y;
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
    const Box own = box_of(ring, points);
    int inside_count = 0;
    std::size_t start = 0;
    for (std::size_t end : polygon_ring_ends) {
        const double* other = polygon_xy.data() + 2 * start;
        const std::size_t n = end - start;
        start = end;
        if (n < 4) return RingPlace::unsure;
        const Box theirs = box_of(other, n);
        if (own.meets(theirs)) {
            for (std::size_t j = 0; j + 1 < n; ++j) {
                const Point r = at(other, j), s = at(other, j + 1);
                const Box edge{std::min(r.x, s.x), std::min(r.y, s.y), std::max(r.x, s.x), std::max(r.y, s.y)};
                if (!edge.meets(own)) continue;
                for (std::size_t i = 0; i + 1 < points; ++i)
                    if (!certainly_apart(at(ring, i), at(ring, i + 1), r, s)) return RingPlace::unsure;
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
