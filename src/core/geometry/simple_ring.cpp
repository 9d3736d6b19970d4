#include "core/geometry/simple_ring.h"

namespace renozone {

RingShape classify_ring(const double* xy, std::size_t points, RingVertices& vertices, std::size_t& first,
                        std::size_t& second) {
    using namespace segment;
    if (points < 4 || points > max_certain_ring_points) return RingShape::uncertain;
    if (xy[0] != xy[2 * (points - 1)] || xy[1] != xy[2 * (points - 1) + 1]) return RingShape::uncertain;
    auto& v = vertices.at;
    std::size_t k = 0;
    for (std::size_t i = 0; i + 1 < points; ++i) {
        const Point p{xy[2 * i], xy[2 * i + 1]};
        if (k > 0 && p.x == v[k - 1].x && p.y == v[k - 1].y) continue;
        v[k++] = p;
    }
    while (k > 1 && v[k - 1].x == v[0].x && v[k - 1].y == v[0].y) --k;
    vertices.count = k;
    if (k < 3) return RingShape::uncertain;
    // Neighbouring edges meet only at their shared vertex: no spike, no straight continuation
    // (a straight one is valid, but it is left to GEOS rather than proven here).
    for (std::size_t i = 0; i < k; ++i)
        if (turn(v[i], v[(i + 1) % k], v[(i + 2) % k]) == 0) return RingShape::uncertain;
    // Edges that share no vertex do not meet at all, or cross once.
    bool crossed = false;
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t j = i + 2; j < k; ++j) {
            if (i == 0 && j == k - 1) continue;  // neighbours across the closing vertex
            const Point &a = v[i], &b = v[i + 1], &c = v[j], &d = v[(j + 1) % k];
            if (certainly_disjoint(a, b, c, d)) continue;
            if (crossed || !certainly_cross(a, b, c, d)) return RingShape::uncertain;
            crossed = true;
            first = i;
            second = j;
        }
    }
    return crossed ? RingShape::crosses_once : RingShape::simple;
}

bool ring_certainly_simple(const double* xy, std::size_t points) {
    RingVertices vertices;
    std::size_t first = 0, second = 0;
    return classify_ring(xy, points, vertices, first, second) == RingShape::simple;
}

}  // namespace renozone
