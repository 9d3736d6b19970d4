#include "simple_ring.h"

#include <algorithm>
#include <array>

namespace renozone {
namespace {

constexpr std::size_t max_points = 64;  // longer rings go to GEOS: the pair test is quadratic
constexpr double epsilon = 1.1102230246251565e-16;           // 2^-53
constexpr double orient_error_bound = (3.0 + 16.0 * epsilon) * epsilon;  // Shewchuk's ccwerrboundA

struct Point {
    double x, y;
};

// Sign of the turn a → b → c: +1 left, -1 right, 0 when zero or too close to
// zero to be sure in floating point (Shewchuk's static filter for orient2d).
int turn(const Point& a, const Point& b, const Point& c) {
    const double left = (a.x - c.x) * (b.y - c.y);
    const double right = (a.y - c.y) * (b.x - c.x);
    const double det = left - right;
    double sum;
    if (left > 0) {
        if (right <= 0) return 1;
        sum = left + right;
    } else if (left < 0) {
        if (right >= 0) return -1;
        sum = -left - right;
    } else {
        return det > 0 ? 1 : det < 0 ? -1 : 0;
    }
    const double bound = orient_error_bound * sum;
    if (det > bound) return 1;
    if (-det > bound) return -1;
    return 0;
}

bool boxes_apart(const Point& a, const Point& b, const Point& c, const Point& d) {
    return std::max(a.x, b.x) < std::min(c.x, d.x) || std::max(c.x, d.x) < std::min(a.x, b.x) ||
           std::max(a.y, b.y) < std::min(c.y, d.y) || std::max(c.y, d.y) < std::min(a.y, b.y);
}

bool strictly_one_side(int s1, int s2) { return s1 != 0 && s1 == s2; }

bool certainly_disjoint(const Point& a, const Point& b, const Point& c, const Point& d) {
    if (boxes_apart(a, b, c, d)) return true;
    return strictly_one_side(turn(a, b, c), turn(a, b, d)) || strictly_one_side(turn(c, d, a), turn(c, d, b));
}

}  // namespace

bool ring_certainly_simple(const double* xy, std::size_t points) {
    if (points < 4 || points > max_points) return false;
    if (xy[0] != xy[2 * (points - 1)] || xy[1] != xy[2 * (points - 1) + 1]) return false;
    // Distinct vertices around the ring: consecutive repeats dropped, closing point left out.
    std::array<Point, max_points> v;
    std::size_t k = 0;
    for (std::size_t i = 0; i + 1 < points; ++i) {
        const Point p{xy[2 * i], xy[2 * i + 1]};
        if (k > 0 && p.x == v[k - 1].x && p.y == v[k - 1].y) continue;
        v[k++] = p;
    }
    while (k > 1 && v[k - 1].x == v[0].x && v[k - 1].y == v[0].y) --k;
    if (k < 3) return false;
    // Neighbouring edges meet only at their shared vertex: no spike, no straight continuation
    // (a straight one is valid, but it is left to GEOS rather than proven here).
    for (std::size_t i = 0; i < k; ++i)
        if (turn(v[i], v[(i + 1) % k], v[(i + 2) % k]) == 0) return false;
    // Edges that share no vertex do not meet at all.
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t j = i + 2; j < k; ++j) {
            if (i == 0 && j == k - 1) continue;  // neighbours across the closing vertex
            if (!certainly_disjoint(v[i], v[i + 1], v[j], v[(j + 1) % k])) return false;
        }
    }
    return true;
}

}  // namespace renozone
