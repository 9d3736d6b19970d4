#include "core/base/geos_handles.h"
#include "core/geometry/bow_tie.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

namespace renozone {
namespace {

using test::closed_ring;

bool clockwise(GEOSContextHandle_t ctx, const GEOSGeometry* polygon) {
    char ccw = 0;
    GEOSCoordSeq_isCCW_r(ctx, GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, polygon)), &ccw);
    return ccw == 0;
}

// GEOS's own repair, its polygons only (as GeometryReader keeps them).
GeomPtr geos_repair(GEOSContextHandle_t ctx, const GEOSGeometry* g) {
    GeomPtr fixed = own(ctx, GEOSMakeValid_r(ctx, g));
    if (GEOSGeomTypeId_r(ctx, fixed.get()) != GEOS_GEOMETRYCOLLECTION) return fixed;
    std::vector<GEOSGeometry*> polygons;
    for (int i = 0; i < GEOSGetNumGeometries_r(ctx, fixed.get()); ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, fixed.get(), i);
        if (GEOSGeomTypeId_r(ctx, part) == GEOS_POLYGON || GEOSGeomTypeId_r(ctx, part) == GEOS_MULTIPOLYGON)
            polygons.push_back(GEOSGeom_clone_r(ctx, part));
    }
    return own(ctx, GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, polygons.data(), unsigned(polygons.size())));
}

// The split must cover what GEOS's repair covers: the same point set, the same area.
void expect_as_geos(GEOSContextHandle_t ctx, const GEOSGeometry* input, const GEOSGeometry* split) {
    const GeomPtr repaired = geos_repair(ctx, input);
    EXPECT_EQ(GEOSEquals_r(ctx, split, repaired.get()), 1);
    const double area = area_of(ctx, repaired.get());
    EXPECT_NEAR(area_of(ctx, split), area, 1e-9 * std::max(1.0, area));
    EXPECT_EQ(GEOSisValid_r(ctx, split), 1);
}

// A bow-tie as the benchmark city and careless tracing make them: a 12.8 ×
// 13.3 m rectangle's corners taken A C B D, near Wulong in EPSG:4545.
TEST(BowTie, SplitsIntoTheLobesGeosMakes) {
    GeosContext ctx;
    const GeomPtr input = test::polygon_of_ring(
        ctx, closed_ring({461854.259, 3230117.336, 461841.741, 3230130.664, 461854.561, 3230130.367, 461841.439, 3230117.633}));
    ASSERT_EQ(GEOSisValid_r(ctx, input.get()), 0);
    const GeomPtr split = split_bow_tie(ctx, input.get());
    ASSERT_TRUE(split);
    ASSERT_EQ(GEOSGeomTypeId_r(ctx, split.get()), GEOS_MULTIPOLYGON);
    ASSERT_EQ(GEOSGetNumGeometries_r(ctx, split.get()), 2);
    expect_as_geos(ctx, input.get(), split.get());
    const GEOSGeometry* low = GEOSGetGeometryN_r(ctx, split.get(), 0);
    const GEOSGeometry* high = GEOSGetGeometryN_r(ctx, split.get(), 1);
    EXPECT_TRUE(clockwise(ctx, low));
    EXPECT_TRUE(clockwise(ctx, high));
    double low_y = 0, high_y = 0;
    GEOSGeom_getYMin_r(ctx, low, &low_y);
    GEOSGeom_getYMin_r(ctx, high, &high_y);
    EXPECT_LT(low_y, high_y);
    EXPECT_NEAR(area_of(ctx, split.get()), area_of(ctx, geos_repair(ctx, input.get()).get()), 1e-6);
}

GeomPtr split_of(GEOSContextHandle_t ctx, const std::vector<double>& ring) {
    return split_bow_tie(ctx, test::polygon_of_ring(ctx, closed_ring(ring)).get());
}

TEST(BowTie, LeavesEveryOtherShapeToGeos) {
    GeosContext ctx;
    EXPECT_FALSE(split_of(ctx, {0, 0, 10, 0, 10, 5, 0, 5}));                       // a valid rectangle
    EXPECT_FALSE(split_of(ctx, {0, 0, 10, 4, 20, 0, 20, 4, 10, 0, 0, 4}));         // two crossings
    EXPECT_FALSE(split_of(ctx, {0, 0, 10, 0, 10, 10, 5, 0, 0, 10}));               // touches itself
    EXPECT_FALSE(split_of(ctx, {0, 0, 10, 10, 10, 0, 5, 5, 0, 10}));               // crosses at a vertex
    // One crossing, but the small loop lies inside the large one: GEOS makes it a hole.
    const std::vector<double> nested{0, 0, 10, 0, 10, 10, 0, 10, 0, 2, 6, 2, 6, 6, 2, 6};
    EXPECT_FALSE(split_of(ctx, nested));
    const GeomPtr repaired = geos_repair(ctx, test::polygon_of_ring(ctx, closed_ring(nested)).get());
    ASSERT_EQ(GEOSGetNumGeometries_r(ctx, repaired.get()), 1);
    EXPECT_EQ(GEOSGetNumInteriorRings_r(ctx, GEOSGetGeometryN_r(ctx, repaired.get(), 0)), 1);
    // A bow-tie shell with a hole, and a bow-tie inside a MultiPolygon, are GEOS's too.
    GeomPtr holed = own(ctx, GEOSGeomFromWKT_r(ctx, "POLYGON((0 0,10 10,10 0,0 10,0 0),(1 4,1 6,2 5,1 4))"));
    EXPECT_FALSE(split_bow_tie(ctx, holed.get()));
    GeomPtr multi = own(ctx, GEOSGeomFromWKT_r(ctx, "MULTIPOLYGON(((0 0,10 10,10 0,0 10,0 0)))"));
    EXPECT_FALSE(split_bow_tie(ctx, multi.get()));
}

// Lattice rings are full of touching and collinear edges, random real rings of
// crossings at every angle: wherever a split is made, it is GEOS's repair.
TEST(BowTie, AgreesWithGeosOnRandomRings) {
    GeosContext ctx;
    std::mt19937 rng(4552);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int split = 0;
    for (int trial = 0; trial < 40000; ++trial) {
        std::vector<double> xy;
        if (trial % 2 == 0) {
            xy = test::random_lattice_ring(rng, 5, 7);
        } else {
            const int n = 4 + trial % 5;
            for (int i = 0; i < n; ++i) {
                xy.push_back(475000 + 30 * unit(rng));
                xy.push_back(3245000 + 30 * unit(rng));
            }
            xy = closed_ring(xy);
        }
        const GeomPtr input = test::polygon_of_ring(ctx, xy);
        if (!input) continue;
        const GeomPtr result = split_bow_tie(ctx, input.get());
        if (!result) continue;
        ++split;
        SCOPED_TRACE("trial " + std::to_string(trial));
        expect_as_geos(ctx, input.get(), result.get());
    }
    EXPECT_GT(split, 2000);  // bow-ties are common among random rings: the test does split them
}

}  // namespace
}  // namespace renozone
