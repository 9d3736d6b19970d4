#include "core/geometry/community_grid.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace renozone {
namespace {

constexpr double margin = 1e-3;  // in cells: far above the rounding error of the grid arithmetic

int clamp_index(double v, int n) {
    if (v < 0) return 0;
    if (v >= n) return n - 1;
    return static_cast<int>(v);
}

}  // namespace

CommunityGrid::CommunityGrid(const std::vector<double>& xy, const std::vector<std::size_t>& ring_ends,
                             const Envelope& envelope, int resolution)
    : env_(envelope) {
    const double w = env_.max_x - env_.min_x, h = env_.max_y - env_.min_y;
    const double longest = std::max(w, h);
    if (!(longest > 0)) {  // degenerate: everything near the boundary
        inside_.assign(1, 0);
        boundary_.assign(1, 1);
        return;
    }
    resolution = std::clamp(resolution, 1, max_resolution);
    nx_ = std::clamp(static_cast<int>(std::ceil(resolution * w / longest)), 1, resolution);
    ny_ = std::clamp(static_cast<int>(std::ceil(resolution * h / longest)), 1, resolution);
    per_cell_x_ = w > 0 ? nx_ / w : 1;
    per_cell_y_ = h > 0 ? ny_ / h : 1;
    inside_.assign(ny_, 0);
    boundary_.assign(ny_, 0);
    fill(xy, ring_ends);  // every cell by its centre first, then the ones edges come near become boundary
    std::size_t start = 0;
    for (std::size_t end : ring_ends) {
        for (std::size_t p = start; p + 1 < end; ++p)
            mark_boundary(xy[2 * p], xy[2 * p + 1], xy[2 * p + 2], xy[2 * p + 3]);
        start = end;
    }
}

void CommunityGrid::mark_boundary(double x1, double y1, double x2, double y2) {
    const double ax = gx(x1), ay = gy(y1), bx = gx(x2), by = gy(y2);
    const int j0 = clamp_index(std::floor(std::min(ay, by) - margin), ny_);
    const int j1 = clamp_index(std::floor(std::max(ay, by) + margin), ny_);
    for (int j = j0; j <= j1; ++j) {
        // The part of the segment within this row (widened by the margin), as an x range.
        double lo_x = std::min(ax, bx), hi_x = std::max(ax, bx);
        if (ay != by) {
            double t0 = (j - margin - ay) / (by - ay), t1 = (j + 1 + margin - ay) / (by - ay);
            if (t0 > t1) std::swap(t0, t1);
            t0 = std::max(t0, 0.0);
            t1 = std::min(t1, 1.0);
            if (t0 > t1) continue;
            const double xa = ax + t0 * (bx - ax), xb = ax + t1 * (bx - ax);
            lo_x = std::max(std::min(xa, xb), std::min(ax, bx));
            hi_x = std::min(std::max(xa, xb), std::max(ax, bx));
        }
        const int i0 = clamp_index(std::floor(lo_x - margin), nx_);
        const int i1 = clamp_index(std::floor(hi_x + margin), nx_);
        for (int i = i0; i <= i1; ++i) set_boundary(i, j);
    }
}

void CommunityGrid::fill(const std::vector<double>& xy, const std::vector<std::size_t>& ring_ends) {
    // Where each edge crosses the centre line of each row it spans (half-open
    // in y, so a vertex on the line counts once), sorted by row, then x.
    std::vector<std::pair<int, double>> crossings;
    std::size_t start = 0;
    for (std::size_t end : ring_ends) {
        for (std::size_t p = start; p + 1 < end; ++p) {
            const double ay = gy(xy[2 * p + 1]), by = gy(xy[2 * p + 3]);
            if (ay == by) continue;
            const double ax = gx(xy[2 * p]), bx = gx(xy[2 * p + 2]);
            const int j0 = clamp_index(std::floor(std::min(ay, by) - 0.5), ny_);
            const int j1 = clamp_index(std::ceil(std::max(ay, by) - 0.5), ny_);
            for (int j = j0; j <= j1; ++j) {
                const double yc = j + 0.5;
                if ((ay > yc) != (by > yc)) crossings.emplace_back(j, ax + (yc - ay) * (bx - ax) / (by - ay));
            }
        }
        start = end;
    }
    std::sort(crossings.begin(), crossings.end());
    // A closed ring crosses a line an even number of times (half-open rule), so
    // each row's crossings pair up: centres past the 1st and not past the 2nd,
    // past the 3rd and not past the 4th, ... are inside (even-odd rule).
    auto first_cell_past = [this](double x) {  // centre i + 0.5 > x
        return std::clamp(static_cast<int>(std::floor(x - 0.5)) + 1, 0, nx_);
    };
    for (std::size_t k = 0; k + 1 < crossings.size(); k += 2) {
        const int j = crossings[k].first;
        for (int i = first_cell_past(crossings[k].second); i < first_cell_past(crossings[k + 1].second); ++i)
            set_inside(i, j);
    }
}

CommunityGrid::Box CommunityGrid::classify(const Envelope& box) const {
    const double x0 = std::floor(gx(box.min_x) - margin), x1 = std::floor(gx(box.max_x) + margin);
    const double y0 = std::floor(gy(box.min_y) - margin), y1 = std::floor(gy(box.max_y) + margin);
    const bool beyond = x0 < 0 || y0 < 0 || x1 >= nx_ || y1 >= ny_;  // part of the box lies outside the envelope
    if (x1 < 0 || y1 < 0 || x0 >= nx_ || y0 >= ny_) return Box::outside;
    const int i0 = clamp_index(x0, nx_), i1 = clamp_index(x1, nx_);
    const std::uint64_t columns = (i1 - i0 == 63 ? ~std::uint64_t{0} : ((std::uint64_t{1} << (i1 - i0 + 1)) - 1)) << i0;
    bool any_inside = false, any_outside = beyond;
    for (int j = clamp_index(y0, ny_); j <= clamp_index(y1, ny_); ++j) {
        if (boundary_[j] & columns) return Box::mixed;
        const std::uint64_t in = inside_[j] & columns;
        any_inside |= in != 0;
        any_outside |= in != columns;
        if (any_inside && any_outside) return Box::mixed;
    }
    return any_inside ? Box::inside : Box::outside;
}

}  // namespace renozone
