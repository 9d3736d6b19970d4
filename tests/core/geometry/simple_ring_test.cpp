#include "core/base/geos_handles.h"
#include "core/geometry/simple_ring.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace renozone {
namespace {

using test::closed_ring;

bool simple(const std::vector<double>& ring) { return ring_certainly_simple(ring.data(), ring.size() / 2); }

TEST(SimpleRing, ProvesOrdinaryFootprints) {
    EXPECT_TRUE(simple(closed_ring({0, 0, 10, 0, 10, 5, 0, 5})));                      // rectangle
    EXPECT_TRUE(simple(closed_ring({0, 0, 0, 5, 10, 5, 10, 0})));                      // clockwise
    EXPECT_TRUE(simple(closed_ring({0, 0, 10, 0, 10, 3, 6, 3, 6, 5, 0, 5})));          // L-shape
    EXPECT_TRUE(simple(closed_ring({0, 0, 10, 0, 5, 8})));                             // triangle
    EXPECT_TRUE(simple(closed_ring({0, 0, 10, 0, 10, 0, 10, 5, 0, 5})));               // a repeated point is harmless
    EXPECT_TRUE(simple(closed_ring({476010.25, 3245010.5, 476030.125, 3245011.0, 476029.5, 3245030.75, 476010.0, 3245029.0})));
}

TEST(SimpleRing, NeverProvesWhatIsNotSimple) {
    EXPECT_FALSE(simple(closed_ring({0, 0, 10, 5, 10, 0, 0, 5})));                     // bow-tie
    EXPECT_FALSE(simple(closed_ring({0, 0, 10, 0, 5, 0, 5, 5})));                      // spike back along an edge
    EXPECT_FALSE(simple(closed_ring({0, 0, 10, 0, 10, 10, 5, 0, 0, 10})));            // touches itself at a vertex-edge
    EXPECT_FALSE(simple(closed_ring({0, 0, 4, 0, 4, 4, 2, 2, 0, 4, 2, 2})));            // passes one point twice
    EXPECT_FALSE(simple(closed_ring({0, 0, 10, 0, 0, 0})));                            // too few distinct points
    EXPECT_FALSE(simple({0, 0, 10, 0, 10, 5, 0, 5}));                             // not closed
    EXPECT_FALSE(simple(closed_ring({0, 0, 5, 0, 10, 0, 10, 5, 0, 5})));               // straight vertex: left to GEOS
}

// Rings on a small integer lattice are full of touching, overlapping and
// collinear edges: whenever the test proves one simple, GEOS must agree.
TEST(SimpleRing, AgreesWithGeosOnRandomLatticeRings) {
    GeosContext ctx;
    std::mt19937 rng(4545);
    int proven = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        const std::vector<double> xy = test::random_lattice_ring(rng, 4, 8);
        if (!simple(xy)) continue;
        ++proven;
        ASSERT_EQ(GEOSisValid_r(ctx, test::polygon_of_ring(ctx, xy).get()), 1) << "trial " << trial;
    }
    EXPECT_GT(proven, 1000);  // the test does prove most simple lattice rings
}

}  // namespace
}  // namespace renozone
