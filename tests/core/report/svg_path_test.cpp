#include "core/base/geos_handles.h"
#include "core/report/svg_path.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

class SvgPath : public ::testing::Test {
protected:
    GeomPtr wkt(const char* text) {
        auto reader = GEOSWKTReader_create_r(ctx);
        GeomPtr g = own(ctx, GEOSWKTReader_read_r(ctx, reader, text));
        GEOSWKTReader_destroy_r(ctx, reader);
        return g;
    }
    GeosContext ctx;
    // 100 × 50 m fitted into 200 × 200 px: 2 px per metre, centred vertically.
    MapFrame frame{0, 0, 100, 50, 0, 0, 200, 200};
};

TEST(SvgNumber, RoundsToATenthWithoutTrailingZero) {
    EXPECT_EQ(svg_number(12.34), "12.3");
    EXPECT_EQ(svg_number(12.36), "12.4");
    EXPECT_EQ(svg_number(12.0), "12");
    EXPECT_EQ(svg_number(-0.5), "-0.5");
    EXPECT_EQ(svg_number(-0.04), "0");
    EXPECT_EQ(svg_number(1234.56), "1234.6");
}

TEST_F(SvgPath, FrameKeepsAspectAndPutsNorthUp) {
    EXPECT_DOUBLE_EQ(frame.pixels_per_metre(), 2);
    EXPECT_DOUBLE_EQ(frame.px(0), 0);
    EXPECT_DOUBLE_EQ(frame.px(100), 200);
    EXPECT_DOUBLE_EQ(frame.py(50), 50);   // top of the data, 50 px down: centred
    EXPECT_DOUBLE_EQ(frame.py(0), 150);
}

TEST_F(SvgPath, PolygonWithHoleIsTwoClosedRunsOfRelativeSteps) {
    const auto g = wkt("POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))");
    EXPECT_EQ(path_data(ctx, g.get(), frame), "M0 150l20 0 0-20-20 0zM4 146l0-4 4 0 0 4z");
}

TEST_F(SvgPath, LinesStayOpenAndRepeatedPixelsAreDropped) {
    const auto g = wkt("LINESTRING(0 0,0.01 0.01,10 0,10.02 0)");
    EXPECT_EQ(path_data(ctx, g.get(), frame), "M0 150l20 0");
}

TEST_F(SvgPath, RingsSmallerThanAPixelTenthVanish) {
    const auto g = wkt("MULTIPOLYGON(((0 0,0.01 0,0.01 0.01,0 0)),((0 0,10 0,10 10,0 0)))");
    EXPECT_EQ(path_data(ctx, g.get(), frame), "M0 150l20 0 0-20z");
}

TEST_F(SvgPath, PointsDrawNothing) {
    EXPECT_EQ(path_data(ctx, wkt("POINT(5 5)").get(), frame), "");
}

TEST_F(SvgPath, PolygonPointsOnlyForOneSimpleRing) {
    EXPECT_EQ(polygon_points(ctx, wkt("MULTIPOLYGON(((0 0,10 0,10 10,0 0)))").get(), frame), "0,150 20,150 20,130");
    EXPECT_EQ(polygon_points(ctx, wkt("POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,2 2))").get(), frame), "");
    EXPECT_EQ(polygon_points(ctx, wkt("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))").get(), frame), "");
}

}  // namespace
}  // namespace renozone
