#include "core/geometry/community_grid.h"
#include "core/geometry/community_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace renozone {
namespace {

GeomPtr from_wkt(GEOSContextHandle_t ctx, const std::string& wkt) {
    GEOSWKTReader* reader = GEOSWKTReader_create_r(ctx);
    GeomPtr g = own(ctx, GEOSWKTReader_read_r(ctx, reader, wkt.c_str()));
    GEOSWKTReader_destroy_r(ctx, reader);
    return g;
}

GeomPtr box_geometry(GEOSContextHandle_t ctx, const Envelope& b) {
    return own(ctx, GEOSGeom_createRectangle_r(ctx, b.min_x, b.min_y, b.max_x, b.max_y));
}

// A concave community (a notch cut from one corner, wavy edges) with a hole,
// at Gauss-Kruger magnitudes, and a second part beside it.
constexpr const char* community =
    "MULTIPOLYGON (((476010 3245010,476200 3245013,476490 3245010,476487 3245200,476490 3245490,"
    "476150 3245486,476150 3245350,476010 3245350,476013 3245180,476010 3245010),"
    "(476300 3245300,476340 3245300,476340 3245340,476300 3245340,476300 3245300)),"
    "((476600 3245000,476700 3245000,476650 3245100,476600 3245000)))";

// Every verdict of the grid is checked against GEOS on random boxes of
// building size: "inside" must be contained properly, "outside" disjoint.
TEST(CommunityGrid, VerdictsAgreeWithGeos) {
    GeosContext ctx;
    GeomPtr polygon = from_wkt(ctx, community);
    std::vector<double> xy;
    std::vector<std::size_t> ring_ends;
    polygon_coordinates(ctx, polygon.get(), xy, ring_ends);
    Envelope env;
    GEOSGeom_getXMin_r(ctx, polygon.get(), &env.min_x);
    GEOSGeom_getYMin_r(ctx, polygon.get(), &env.min_y);
    GEOSGeom_getXMax_r(ctx, polygon.get(), &env.max_x);
    GEOSGeom_getYMax_r(ctx, polygon.get(), &env.max_y);
    const CommunityGrid grid(xy, ring_ends, env);
    PreparedPtr prepared = prepare(ctx, polygon.get());

    std::mt19937 rng(20210630);
    std::uniform_real_distribution<double> x(475950, 476750), y(3244950, 3245550), size(0.5, 40);
    int inside = 0, outside = 0, mixed = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        Envelope b;
        b.min_x = x(rng);
        b.min_y = y(rng);
        b.max_x = b.min_x + size(rng);
        b.max_y = b.min_y + size(rng);
        GeomPtr g = box_geometry(ctx, b);
        switch (grid.classify(b)) {
            case CommunityGrid::Box::inside:
                ++inside;
                ASSERT_EQ(GEOSPreparedContainsProperly_r(ctx, prepared.get(), g.get()), 1) << trial;
                break;
            case CommunityGrid::Box::outside:
                ++outside;
                ASSERT_EQ(GEOSPreparedIntersects_r(ctx, prepared.get(), g.get()), 0) << trial;
                break;
            case CommunityGrid::Box::mixed: ++mixed; break;
        }
    }
    // Most boxes are settled by the grid; only those near an edge are left to GEOS.
    EXPECT_GT(inside, 6000);
    EXPECT_GT(outside, 5000);
    EXPECT_LT(mixed, 6000);
}

TEST(CommunityGrid, BoxesTouchingTheBoundaryAreNeverSettled) {
    GeosContext ctx;
    GeomPtr polygon = from_wkt(ctx, "POLYGON ((0 0,64 0,64 64,0 64,0 0))");
    std::vector<double> xy;
    std::vector<std::size_t> ring_ends;
    polygon_coordinates(ctx, polygon.get(), xy, ring_ends);
    const CommunityGrid grid(xy, ring_ends, {0, 0, 64, 64});
    EXPECT_EQ(grid.classify({10, 10, 20, 20}), CommunityGrid::Box::inside);
    EXPECT_EQ(grid.classify({0, 10, 5, 20}), CommunityGrid::Box::mixed);    // on the edge
    EXPECT_EQ(grid.classify({60, 60, 64, 64}), CommunityGrid::Box::mixed);  // in the corner
    EXPECT_EQ(grid.classify({64, 10, 70, 20}), CommunityGrid::Box::mixed);  // touches from outside
    EXPECT_EQ(grid.classify({65, 10, 70, 20}), CommunityGrid::Box::outside);
}

}  // namespace
}  // namespace renozone
