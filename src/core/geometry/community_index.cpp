#include "core/geometry/community_index.h"

#include "core/geometry/ring_relation.h"

#include <algorithm>
#include <cmath>

namespace renozone {
namespace {

void ring_coordinates(GEOSContextHandle_t ctx, const GEOSGeometry* ring, std::vector<double>& xy,
                      std::vector<std::size_t>& ring_ends) {
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n) || n == 0) return;
    const std::size_t start = xy.size();
    xy.resize(start + 2 * n);
    GEOSCoordSeq_copyToBuffer_r(ctx, seq, xy.data() + start, 0, 0);
    ring_ends.push_back(xy.size() / 2);
}

}  // namespace

void polygon_coordinates(GEOSContextHandle_t ctx, const GEOSGeometry* geom, std::vector<double>& xy,
                         std::vector<std::size_t>& ring_ends) {
    const int type = GEOSGeomTypeId_r(ctx, geom);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, geom); ++i)
            polygon_coordinates(ctx, GEOSGetGeometryN_r(ctx, geom, i), xy, ring_ends);
        return;
    }
    if (type != GEOS_POLYGON || GEOSisEmpty_r(ctx, geom) == 1) return;
    ring_coordinates(ctx, GEOSGetExteriorRing_r(ctx, geom), xy, ring_ends);
    for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx, geom); ++i)
        ring_coordinates(ctx, GEOSGetInteriorRingN_r(ctx, geom, i), xy, ring_ends);
}

CommunityIndex::CommunityIndex(const Dataset& ds) {
    GEOSContextHandle_t ctx = ds.geos->get();
    const std::size_t n = ds.communities.size();
    envelopes_.resize(n);
    grids_.resize(n);
    rings_xy_.resize(n);
    ring_ends_.resize(n);
    std::vector<int> indexed;
    std::vector<double> xy;
    std::vector<std::size_t> ring_ends;
    double sum_w = 0, sum_h = 0;
    for (std::size_t c = 0; c < n; ++c) {
        const GEOSGeometry* g = ds.communities[c].geom.get();
        if (!g || GEOSisEmpty_r(ctx, g) == 1) continue;
        const Envelope e = envelope_of(ctx, g).value_or(Envelope{});
        envelopes_[c] = e;
        xy.clear();
        ring_ends.clear();
        polygon_coordinates(ctx, g, xy, ring_ends);
        grids_[c] = std::make_unique<CommunityGrid>(xy, ring_ends, e);
        rings_xy_[c] = xy;
        ring_ends_[c] = ring_ends;
        if (indexed.empty()) extent_ = e;
        extent_ = {std::min(extent_.min_x, e.min_x), std::min(extent_.min_y, e.min_y), std::max(extent_.max_x, e.max_x),
                   std::max(extent_.max_y, e.max_y)};
        sum_w += e.max_x - e.min_x;
        sum_h += e.max_y - e.min_y;
        indexed.push_back(static_cast<int>(c));
    }
    if (indexed.empty()) {
        bucket_start_.assign(2, 0);
        return;
    }
    // Buckets about the size of an average community, at most 1024 a side.
    const double w = extent_.max_x - extent_.min_x, h = extent_.max_y - extent_.min_y;
    const double mean_w = sum_w / indexed.size(), mean_h = sum_h / indexed.size();
    bx_ = std::clamp(mean_w > 0 ? static_cast<int>(w / mean_w) : 1, 1, 1024);
    by_ = std::clamp(mean_h > 0 ? static_cast<int>(h / mean_h) : 1, 1, 1024);
    per_bucket_x_ = w > 0 ? bx_ / w : 1;
    per_bucket_y_ = h > 0 ? by_ / h : 1;
    auto range = [&](const Envelope& e, int& i0, int& i1, int& j0, int& j1) {
        i0 = bucket_x(e.min_x), i1 = bucket_x(e.max_x), j0 = bucket_y(e.min_y), j1 = bucket_y(e.max_y);
    };
    std::vector<std::size_t> counts(static_cast<std::size_t>(bx_) * by_ + 1, 0);
    for (int pass = 0; pass < 2; ++pass) {
        for (int c : indexed) {
            int i0, i1, j0, j1;
            range(envelopes_[c], i0, i1, j0, j1);
            // The bucket of a coordinate is monotone in it, so a box meeting this
            // envelope always shares a bucket with it.
            for (int j = j0; j <= j1; ++j)
                for (int i = i0; i <= i1; ++i) {
                    const std::size_t b = static_cast<std::size_t>(j) * bx_ + i;
                    if (pass == 0) ++counts[b + 1];
                    else items_[bucket_start_[b] + counts[b]++] = c;
                }
        }
        if (pass == 0) {
            bucket_start_.assign(counts.size(), 0);
            for (std::size_t b = 1; b < counts.size(); ++b) bucket_start_[b] = bucket_start_[b - 1] + counts[b];
            items_.resize(bucket_start_.back());
            std::fill(counts.begin(), counts.end(), 0);
        }
    }
}

void CommunityIndex::candidates(const Envelope& box, std::vector<int>& out) const {
    out.clear();
    if (items_.empty() || !meets(box, extent_)) return;
    const int i0 = bucket_x(box.min_x), i1 = bucket_x(box.max_x), j0 = bucket_y(box.min_y), j1 = bucket_y(box.max_y);
    for (int j = j0; j <= j1; ++j)
        for (int i = i0; i <= i1; ++i) {
            const std::size_t b = static_cast<std::size_t>(j) * bx_ + i;
            for (std::size_t k = bucket_start_[b]; k < bucket_start_[b + 1]; ++k)
                if (meets(box, envelopes_[items_[k]])) out.push_back(items_[k]);
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

int CommunityIndex::sole_container(const Envelope& box, const double* ring, std::size_t points, std::vector<int>& scratch) const {
    candidates(box, scratch);
    int found = outside_all;
    for (int c : scratch) {
        CommunityGrid::Box where = grids_[c]->classify(box);
        if (where == CommunityGrid::Box::mixed) {
            if (!ring) return undecided;
            const RingPlace place = ring_place(ring, points, rings_xy_[c], ring_ends_[c]);
            if (place == RingPlace::unsure) return undecided;
            where = place == RingPlace::inside ? CommunityGrid::Box::inside : CommunityGrid::Box::outside;
        }
        if (where == CommunityGrid::Box::outside) continue;
        if (found != outside_all) return undecided;
        found = c;
    }
    return found;
}

}  // namespace renozone
