// A conservative test that a closed ring is simple (no self-intersection or
// self-touch, no spike), for skipping GEOS's validity check where it cannot
// change the answer. Orientation signs are certified with a floating-point
// error bound; anything the bound cannot decide answers "not certain".
#pragma once

#include <cstddef>

namespace renozone {

// xy: x0 y0 ... x(n-1) y(n-1) with the last point equal to the first.
// True: the ring is certainly simple and has at least 3 distinct points, so
// GEOS finds a polygon with it as its only ring valid. False: not certain.
bool ring_certainly_simple(const double* xy, std::size_t points);

}  // namespace renozone
