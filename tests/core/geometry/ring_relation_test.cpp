// Placing a building near a boundary in doubles answers as GEOS does, or not at
// all: footprints around a concave block (a bent edge, a notch) and on its
// vertices and edges are compared with GEOS's containment and intersection.
#include "core/base/geos_handles.h"
#include "core/geometry/ring_relation.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace renozone {
namespace {

using test::closed_ring;

// A 400 m block with a bent south edge and a notch in the north one: concave.
const std::vector<double> block = closed_ring({0, 0, 133, 60, 266, 60, 400, 0, 400, 400, 260, 400, 260, 330, 140, 330, 140, 400, 0, 400});
const std::vector<std::size_t> block_ends{block.size() / 2};

std::vector<double> footprint(double cx, double cy, double w, double h, double turn, bool l_shape) {
    std::vector<std::pair<double, double>> local = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    if (l_shape) local = {{0, 0}, {w, 0}, {w, h / 2}, {w / 2, h / 2}, {w / 2, h}, {0, h}};
    std::vector<double> xy;
    for (auto [u, v] : local) {
        u -= w / 2, v -= h / 2;
        xy.push_back(cx + u * std::cos(turn) - v * std::sin(turn));
        xy.push_back(cy + u * std::sin(turn) + v * std::cos(turn));
    }
    return closed_ring(xy);
}

TEST(RingRelation, AgreesWithGeosAroundAConcaveBlock) {
    GeosContext ctx;
    GeomPtr polygon = test::polygon_of_ring(ctx, block);
    PreparedPtr prepared = prepare(ctx, polygon.get());
    std::mt19937 rng(1207);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int inside = 0, outside = 0, overlaps = 0, unsure = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        // Centres near the boundary: on a vertex, on an edge, or a little off either.
        const std::size_t k = trial % (block.size() / 2 - 1);
        const double t = trial % 5 == 0 ? 0.0 : unit(rng);
        double cx = block[2 * k] + t * (block[2 * k + 2] - block[2 * k]);
        double cy = block[2 * k + 1] + t * (block[2 * k + 3] - block[2 * k + 1]);
        if (trial % 3 != 0) cx += 40 * (unit(rng) - 0.5), cy += 40 * (unit(rng) - 0.5);
        const std::vector<double> ring = footprint(cx, cy, 8 + 32 * unit(rng), 8 + 12 * unit(rng),
                                                   trial % 4 == 0 ? 0.0 : 2 * std::numbers::pi * unit(rng), trial % 2 == 1);
        SCOPED_TRACE("trial " + std::to_string(trial));
        GeomPtr building = test::polygon_of_ring(ctx, ring);
        const std::size_t points = ring.size() / 2;
        const RingPlace where = ring_place(ring.data(), points, block, block_ends);
        if (where == RingPlace::inside) {
            ASSERT_EQ(GEOSPreparedContainsProperly_r(ctx, prepared.get(), building.get()), 1);
            ++inside;
        } else if (where == RingPlace::outside) {
            ASSERT_EQ(GEOSIntersects_r(ctx, polygon.get(), building.get()), 0);
            ++outside;
        }
        const auto area = ring_overlap_area(ring.data(), points, block.data(), block.size() / 2);
        if (!area) {
            ++unsure;
            continue;
        }
        GeomPtr shared = own(ctx, GEOSIntersection_r(ctx, polygon.get(), building.get()));
        double expected = 0;
        GEOSArea_r(ctx, shared.get(), &expected);
        ASSERT_NEAR(*area, expected, 1e-9 * std::max(1.0, expected));
        overlaps += expected > 0 && where == RingPlace::unsure;
        const double px = ring[0], py = ring[1];
        const RingPlace vertex = point_place(px, py, block, block_ends);
        if (vertex != RingPlace::unsure) {
            GeomPtr point = own(ctx, GEOSGeom_createPointFromXY_r(ctx, px, py));
            ASSERT_EQ(GEOSContains_r(ctx, polygon.get(), point.get()), vertex == RingPlace::inside ? 1 : 0);
        }
    }
    // Every kind is reached: clear inside, clear outside, straddling, and too close to call.
    EXPECT_GT(inside, 1000);
    EXPECT_GT(outside, 1000);
    EXPECT_GT(overlaps, 3000);
    EXPECT_GT(unsure, 0);
}

TEST(RingRelation, AFootprintOnTheBoundaryIsLeftToGeos) {
    // An edge along the block's west side, and a vertex on its notch corner.
    const std::vector<double> along = closed_ring({0, 100, 10, 100, 10, 120, 0, 120});
    EXPECT_EQ(ring_place(along.data(), along.size() / 2, block, block_ends), RingPlace::unsure);
    EXPECT_FALSE(ring_overlap_area(along.data(), along.size() / 2, block.data(), block.size() / 2));
    const std::vector<double> corner = closed_ring({140, 330, 150, 320, 160, 330, 150, 340});
    EXPECT_FALSE(ring_overlap_area(corner.data(), corner.size() / 2, block.data(), block.size() / 2));
    EXPECT_EQ(point_place(0, 200, block, block_ends), RingPlace::unsure);
}

TEST(RingRelation, AHoleUnderTheBuildingIsNotInside) {
    // A block with a small courtyard hole; a building covering the hole is not inside the block.
    std::vector<double> rings = block;
    const std::vector<double> hole = closed_ring({190, 190, 190, 210, 210, 210, 210, 190});
    rings.insert(rings.end(), hole.begin(), hole.end());
    const std::vector<std::size_t> ends{block.size() / 2, rings.size() / 2};
    const std::vector<double> over = footprint(200, 200, 40, 40, 0.3, false);
    EXPECT_EQ(ring_place(over.data(), over.size() / 2, rings, ends), RingPlace::unsure);
    const std::vector<double> beside = footprint(100, 200, 20, 20, 0.3, false);
    EXPECT_EQ(ring_place(beside.data(), beside.size() / 2, rings, ends), RingPlace::inside);
    EXPECT_EQ(point_place(200, 200, rings, ends), RingPlace::outside);
}

}  // namespace
}  // namespace renozone
