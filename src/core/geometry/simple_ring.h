// A conservative test that a closed ring is simple (no self-intersection or
// self-touch, no spike), for skipping GEOS's validity check where it cannot
// change the answer, and the one other shape it can be sure of: a ring whose
// edges cross once (a bow-tie). Orientation signs are certified with a
// floating-point error bound; anything the bound cannot decide answers "not
// certain".
#pragma once

#include "core/geometry/segment_predicates.h"

#include <array>
#include <cstddef>

namespace renozone {

constexpr std::size_t max_certain_ring_points = 64;  // longer rings go to GEOS: the pair test is quadratic

// A ring's vertices with consecutive repeats and the closing point left out.
struct RingVertices {
    std::array<segment::Point, max_certain_ring_points> at;
    std::size_t count = 0;
};

enum class RingShape {
    simple,       // at least 3 distinct points, no two edges meet but neighbours at their vertex
    crosses_once, // as simple, but for one pair of edges that cross away from their ends
    uncertain,    // anything else, or a sign the bound cannot decide
};

// xy: x0 y0 ... x(n-1) y(n-1) with the last point equal to the first. For
// crosses_once, edges `first` < `second` cross; edge e runs from vertex e to e + 1.
RingShape classify_ring(const double* xy, std::size_t points, RingVertices& vertices, std::size_t& first,
                        std::size_t& second);

// True: the ring is certainly simple and has at least 3 distinct points, so
// GEOS finds a polygon with it as its only ring valid. False: not certain.
bool ring_certainly_simple(const double* xy, std::size_t points);

}  // namespace renozone
