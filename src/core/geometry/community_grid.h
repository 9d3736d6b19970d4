// A coarse raster of one community polygon: each cell is certainly inside,
// certainly outside, or near the boundary. Cells are classified
// conservatively (a cell any edge comes within a thousandth of a cell of is
// "boundary"), so "inside" means the closed cell lies in the polygon's
// interior and "outside" that it lies in the exterior.
#pragma once

#include "core/geometry/polygon_rings.h"

#include <cstdint>
#include <vector>

namespace renozone {

class CommunityGrid {
public:
    enum class Box { inside, outside, mixed };

    // `rings`: x y pairs of every ring (shells and holes, any order); ring_ends
    // as in PolygonRings. `envelope` is the polygon's envelope.
    CommunityGrid(const std::vector<double>& xy, const std::vector<std::size_t>& ring_ends, const Envelope& envelope,
                  int resolution = 64);  // at most 64

    // Where a box lies: wholly in the interior, wholly in the exterior, or either or both.
    Box classify(const Envelope& box) const;

private:
    // A row of at most 64 cells as bits: a building's box is then a few rows
    // of masks, not a cell at a time.
    static constexpr int max_resolution = 64;
    void set_inside(int i, int j) { inside_[j] |= bit(i); }
    void set_boundary(int i, int j) { boundary_[j] |= bit(i); }
    static std::uint64_t bit(int i) { return std::uint64_t{1} << i; }
    void mark_boundary(double x1, double y1, double x2, double y2);
    void fill(const std::vector<double>& xy, const std::vector<std::size_t>& ring_ends);
    // In cells; multiplied rather than divided (every use goes through these, so the raster stays consistent).
    double gx(double x) const { return (x - env_.min_x) * per_cell_x_; }
    double gy(double y) const { return (y - env_.min_y) * per_cell_y_; }

    Envelope env_;
    int nx_ = 1, ny_ = 1;
    double per_cell_x_ = 1, per_cell_y_ = 1;  // cells per metre
    std::vector<std::uint64_t> inside_, boundary_;  // by row: bit i set for cell i (boundary wins over inside)
};

}  // namespace renozone
