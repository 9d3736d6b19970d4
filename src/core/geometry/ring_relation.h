// Where a building's simple ring lies against a community polygon, decided in
// plain doubles only when the answer is certain: every orientation is certified
// by the segment predicates' error bound, and anything touching, crossing or too close to
// call is "unsure", which sends the building to GEOS as before. Buildings near
// a boundary but clear of it (most of them on a city whose blocks are not
// shaped to the engine) are then placed without building GEOS geometries.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace renozone {

enum class RingPlace { inside, outside, unsure };

// `ring`: x y pairs of a closed simple ring; the polygon as CommunityGrid takes it
// (every ring's pairs, shells and holes, with one-past-the-end indexes).
RingPlace ring_place(const double* ring, std::size_t points, const std::vector<double>& polygon_xy,
                     const std::vector<std::size_t>& polygon_ring_ends);

// Where a point lies against a polygon (rings as for ring_place): unsure on or too near its boundary.
RingPlace point_place(double x, double y, const std::vector<double>& polygon_xy, const std::vector<std::size_t>& polygon_ring_ends);

// The area a simple ring shares with a polygon of one ring (no holes), from
// the parts of each boundary inside the other; nullopt when a vertex touches
// the other boundary, edges overlap, or a crossing is too close to call.
std::optional<double> ring_overlap_area(const double* ring, std::size_t points, const double* polygon, std::size_t polygon_points);

}  // namespace renozone
