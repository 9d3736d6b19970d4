// Orientation tests for segments, certified with a floating-point error
// bound: each answers for certain or says it cannot tell.
#pragma once

#include <algorithm>

namespace renozone::segment {

struct Point {
    double x, y;
};

constexpr double epsilon = 1.1102230246251565e-16;                     // 2^-53
constexpr double orient_error_bound = (3.0 + 16.0 * epsilon) * epsilon;  // Shewchuk's ccwerrboundA

// Sign of the turn a → b → c: +1 left, -1 right, 0 when zero or too close to
// zero to be sure in floating point (Shewchuk's static filter for orient2d).
inline int turn(const Point& a, const Point& b, const Point& c) {
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

inline bool boxes_apart(const Point& a, const Point& b, const Point& c, const Point& d) {
    return std::max(a.x, b.x) < std::min(c.x, d.x) || std::max(c.x, d.x) < std::min(a.x, b.x) ||
           std::max(a.y, b.y) < std::min(c.y, d.y) || std::max(c.y, d.y) < std::min(a.y, b.y);
}

inline bool strictly_one_side(int s1, int s2) { return s1 != 0 && s1 == s2; }
inline bool strictly_both_sides(int s1, int s2) { return s1 != 0 && s2 != 0 && s1 != s2; }

// Segments ab and cd have no point in common.
inline bool certainly_disjoint(const Point& a, const Point& b, const Point& c, const Point& d) {
    if (boxes_apart(a, b, c, d)) return true;
    return strictly_one_side(turn(a, b, c), turn(a, b, d)) || strictly_one_side(turn(c, d, a), turn(c, d, b));
}

// Segments ab and cd cross at one point inside both, away from every end.
inline bool certainly_cross(const Point& a, const Point& b, const Point& c, const Point& d) {
    return strictly_both_sides(turn(a, b, c), turn(a, b, d)) && strictly_both_sides(turn(c, d, a), turn(c, d, b));
}

}  // namespace renozone::segment
