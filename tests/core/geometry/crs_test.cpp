#include "core/base/errors.h"
#include "core/geometry/crs.h"
#include "core/geometry/gcj02.h"

#include <gtest/gtest.h>

#include <thread>
#include <utility>

namespace renozone {
namespace {

TEST(Crs, GaussKrugerZoneByLongitude) {
    EXPECT_EQ(cgcs2000_zone_epsg(107.752), 4545);  // Wulong, CM 108E
    EXPECT_EQ(cgcs2000_zone_epsg(116.40), 4548);   // Beijing, CM 117E
    EXPECT_EQ(cgcs2000_zone_epsg(75.0), 4534);
    EXPECT_EQ(cgcs2000_zone_epsg(135.0), 4554);
}

// Inside China the CGCS2000 zone; elsewhere the UTM zone, each at its edges.
TEST(Crs, AutomaticWorkingCrsIsTheCgcs2000ZoneInChinaAndUtmElsewhere) {
    EXPECT_EQ(automatic_working_epsg(107.752, 29.33), 4545);  // Wulong
    EXPECT_EQ(automatic_working_epsg(106.5, 29.5), 4545);     // the zone's western edge, in its area of use
    EXPECT_EQ(automatic_working_epsg(7.3, 47.9), 32632);      // Alsace: not the 75°E zone, 68° away
    EXPECT_EQ(automatic_working_epsg(6.0, 45.0), 32632);      // a UTM zone starts at its western meridian
    EXPECT_EQ(automatic_working_epsg(5.999, 45.0), 32631);
    EXPECT_EQ(automatic_working_epsg(151.2, -33.9), 32756);   // Sydney, southern hemisphere
    EXPECT_EQ(automatic_working_epsg(-74.0, 0.0), 32618);     // the equator counts as north
    EXPECT_EQ(automatic_working_epsg(105.85, 21.03), 32648);  // Hanoi: west of 106.5°E, south of the 4544 zone's area
    EXPECT_EQ(utm_zone_epsg(180.0, 10.0), 32660);
    EXPECT_EQ(utm_zone_epsg(-180.0, -10.0), 32701);
}

TEST(Crs, EastingNorthingOrderForEpsg4545) {
    auto geo = srs_from_epsg(4490);
    auto gk = srs_from_epsg(4545);
    auto ct = make_transform(*geo, *gk, "test");
    double x = 108.0, y = 29.327;
    ASSERT_TRUE(ct->Transform(1, &x, &y));
    EXPECT_NEAR(x, 500000.0, 1e-3);  // the central meridian: easting first
    EXPECT_NEAR(y, 3245000.0, 5000.0);
}

TEST(Crs, RejectsNonsenseAndDegrees) {
    EXPECT_THROW(srs_from_user_text("EPSG:99999999", "--crs"), InputError);
    EXPECT_THROW(require_metric(*srs_from_epsg(4326), "--crs"), UsageError);
}

// make_transform finds each pair of CRSs once and hands out copies: a copy
// made after the thread that found the pair has ended (and taken its PROJ
// context with it) must transform exactly as a transformation found afresh.
TEST(Crs, RememberedTransformOutlivesTheThreadThatFoundIt) {
    const auto lonlat = srs_from_epsg(4326);
    const auto wulong = srs_from_epsg(4545);
    const auto zone_35 = srs_from_epsg(4523);  // a pair no other test asks for first
    double fresh_x = 107.75, fresh_y = 29.33;
    {
        const TransformPtr fresh(OGRCreateCoordinateTransformation(lonlat.get(), zone_35.get()));
        ASSERT_TRUE(fresh && fresh->Transform(1, &fresh_x, &fresh_y));
    }
    std::thread([&] { EXPECT_TRUE(make_transform(*lonlat, *zone_35, "test")); }).join();
    for (int copy = 0; copy < 2; ++copy) {
        const TransformPtr ct = make_transform(*lonlat, *zone_35, "test");
        ASSERT_TRUE(ct);
        double x = 107.75, y = 29.33;
        ASSERT_TRUE(ct->Transform(1, &x, &y));
        EXPECT_EQ(x, fresh_x);
        EXPECT_EQ(y, fresh_y);
    }
    EXPECT_FALSE(make_transform(*wulong, *srs_from_epsg(4545), "test"));  // the same CRS: nothing to do
}

// Past the few dozen pairs it remembers, make_transform starts again: every
// pair, before and after, transforms as a freshly made transformation does.
TEST(Crs, TransformsStayExactWhenManyPairsAreAskedFor) {
    const auto lonlat = srs_from_epsg(4326);
    auto transformed = [&](int zone_epsg, bool remembered) {
        const auto zone = srs_from_epsg(zone_epsg);
        const TransformPtr ct(remembered ? make_transform(*lonlat, *zone, "test").release()
                                         : OGRCreateCoordinateTransformation(lonlat.get(), zone.get()));
        double x = 107.75, y = 29.33;
        EXPECT_TRUE(ct && ct->Transform(1, &x, &y)) << zone_epsg;
        return std::pair{x, y};
    };
    for (int round = 0; round < 2; ++round)
        for (int zone = 32601; zone <= 32680; ++zone) {  // 80 UTM zones, north then south
            const int epsg = zone <= 32660 ? zone : zone - 60 + 100;
            EXPECT_EQ(transformed(epsg, true), transformed(epsg, false)) << epsg;
        }
}

TEST(Gcj02, RoundTripAndOffsetSize) {
    const LonLat wulong{107.752, 29.327};
    const LonLat shifted = wgs84_to_gcj02(wulong);
    const LonLat back = gcj02_to_wgs84(shifted);
    EXPECT_NEAR(back.lon, wulong.lon, 1e-8);
    EXPECT_NEAR(back.lat, wulong.lat, 1e-8);
    const double metres = gcj02_offset_metres(wulong);
    EXPECT_GT(metres, 200);
    EXPECT_LT(metres, 800);
    EXPECT_TRUE(name_suggests_gcj02("buildings_amap.geojson"));
    EXPECT_FALSE(name_suggests_gcj02("buildings.gpkg"));
}

}  // namespace
}  // namespace renozone
