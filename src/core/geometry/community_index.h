// The communities of a dataset indexed for placing buildings: which
// communities' envelopes meet a box (a uniform bucket grid), and whether a
// building's envelope lies wholly inside exactly one community and clear of
// all others, which settles its placement without GEOS.
#pragma once

#include "core/geometry/community_grid.h"
#include "core/model/model.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace renozone {

class CommunityIndex {
public:
    explicit CommunityIndex(const Dataset& ds);

    // Communities (with a geometry) whose envelope meets the box, ascending; `out` is replaced.
    void candidates(const Envelope& box, std::vector<int>& out) const;

    // >= 0: the box lies in that community's interior and in every other
    // community's exterior. -1: the box lies outside every community.
    // -2: undecided; ask GEOS.
    static constexpr int outside_all = -1;
    static constexpr int undecided = -2;
    int sole_container(const Envelope& box, std::vector<int>& scratch) const { return sole_container(box, nullptr, 0, scratch); }
    // The same for a building with one simple ring (null: the box alone), looking
    // at the ring itself where its box meets a community's boundary: undecided
    // only when the ring touches or crosses a boundary, or comes too close to call.
    int sole_container(const Envelope& box, const double* ring, std::size_t points, std::vector<int>& scratch) const;

    // Community c's rings (x y pairs; one past each ring's last pair), as CommunityGrid takes them.
    const std::vector<double>& rings_xy(int c) const { return rings_xy_[c]; }
    const std::vector<std::size_t>& ring_ends(int c) const { return ring_ends_[c]; }

private:
    // The bucket of a coordinate, the same expression for indexing and querying: monotone, so a box
    // meeting an envelope always shares a bucket with it.
    int bucket_x(double x) const { return std::clamp(static_cast<int>(std::floor((x - extent_.min_x) * per_bucket_x_)), 0, bx_ - 1); }
    int bucket_y(double y) const { return std::clamp(static_cast<int>(std::floor((y - extent_.min_y) * per_bucket_y_)), 0, by_ - 1); }

    std::vector<Envelope> envelopes_;            // by community
    std::vector<std::unique_ptr<CommunityGrid>> grids_;  // by community; null without geometry
    std::vector<std::vector<double>> rings_xy_;          // by community: its rings' x y pairs
    std::vector<std::vector<std::size_t>> ring_ends_;    // by community: one past each ring's last pair
    Envelope extent_;
    int bx_ = 1, by_ = 1;
    double per_bucket_x_ = 1, per_bucket_y_ = 1;  // buckets per metre
    std::vector<std::size_t> bucket_start_;      // CSR: communities of bucket b are items_[start[b], start[b+1])
    std::vector<int> items_;
};

// The rings of a GEOS polygonal geometry, for building a CommunityGrid.
void polygon_coordinates(GEOSContextHandle_t ctx, const GEOSGeometry* geom, std::vector<double>& xy,
                         std::vector<std::size_t>& ring_ends);

}  // namespace renozone
