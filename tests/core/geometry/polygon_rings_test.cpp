#include "core/geometry/polygon_rings.h"

#include <gtest/gtest.h>
#include <ogr_geometry.h>

#include <vector>

namespace renozone {
namespace {

std::unique_ptr<OGRGeometry> from_wkt(const char* wkt) {
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
    return std::unique_ptr<OGRGeometry>(g);
}

class PolygonRingsTest : public ::testing::TestWithParam<const char*> {
protected:
    GeosContext ctx;
};

// Read from OGR and from WKB, the GEOS geometry is exactly what OGR's own
// export makes: same type, same coordinates in the same order.
TEST_P(PolygonRingsTest, GivesWhatOgrExportGives) {
    auto ogr = from_wkt(GetParam());
    GeomPtr expected = own(ctx, ogr->exportToGEOS(ctx));
    PolygonRings rings;
    ASSERT_TRUE(rings.read(*ogr));
    GeomPtr from_ogr = rings.to_geos(ctx);
    EXPECT_EQ(GEOSGeomTypeId_r(ctx, from_ogr.get()), GEOSGeomTypeId_r(ctx, expected.get()));
    EXPECT_EQ(GEOSEqualsExact_r(ctx, from_ogr.get(), expected.get(), 0), 1);

    std::vector<unsigned char> wkb(ogr->WkbSize());
    ogr->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    ASSERT_TRUE(rings.read_wkb(wkb.data(), wkb.size()));
    GeomPtr from_wkb = rings.to_geos(ctx);
    EXPECT_EQ(GEOSGeomTypeId_r(ctx, from_wkb.get()), GEOSGeomTypeId_r(ctx, expected.get()));
    EXPECT_EQ(GEOSEqualsExact_r(ctx, from_wkb.get(), expected.get(), 0), 1);
    const Envelope e = rings.envelope();
    double min_x = 0;
    GEOSGeom_getXMin_r(ctx, expected.get(), &min_x);
    EXPECT_EQ(e.min_x, min_x);
}

INSTANTIATE_TEST_SUITE_P(Plain, PolygonRingsTest,
                         ::testing::Values("POLYGON ((0 0,10 0,10 5,0 5,0 0))",
                                           "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))",
                                           "MULTIPOLYGON (((0 0,1 0,1 1,0 0)))",
                                           "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5),(5.2 5.1,5.8 5.1,5.8 5.7,5.2 5.1)))",
                                           "POLYGON ((0 0,10 5,10 0,0 5,0 0))"));

TEST(PolygonRings, LeavesTheUnusualToTheGeneralRoad) {
    PolygonRings rings;
    for (const char* wkt : {"POLYGON EMPTY", "POLYGON Z ((0 0 1,1 0 1,1 1 1,0 0 1))", "POINT (1 2)",
                            "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),EMPTY)", "CURVEPOLYGON ((0 0,1 0,1 1,0 0))",
                            "LINESTRING (0 0,1 1)"}) {
        auto g = from_wkt(wkt);
        ASSERT_TRUE(g) << wkt;
        EXPECT_FALSE(rings.read(*g)) << wkt;
        std::vector<unsigned char> wkb(g->WkbSize());
        g->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
        EXPECT_FALSE(rings.read_wkb(wkb.data(), wkb.size())) << wkt;
    }
    const unsigned char truncated[] = {1, 3, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 0};
    EXPECT_FALSE(rings.read_wkb(truncated, sizeof truncated));
}

TEST(PolygonRings, ProvesValidityOnlyForOneSimpleRing) {
    PolygonRings rings;
    ASSERT_TRUE(rings.read(*from_wkt("POLYGON ((0 0,10 0,10 5,0 5,0 0))")));
    EXPECT_TRUE(rings.certainly_valid());
    ASSERT_TRUE(rings.read(*from_wkt("POLYGON ((0 0,10 5,10 0,0 5,0 0))")));
    EXPECT_FALSE(rings.certainly_valid());
    ASSERT_TRUE(rings.read(*from_wkt("POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))")));
    EXPECT_FALSE(rings.certainly_valid());  // holes: GEOS decides
}

}  // namespace
}  // namespace renozone
