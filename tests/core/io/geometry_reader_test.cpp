#include "core/geometry/crs.h"
#include "core/io/geometry_reader.h"

#include <gtest/gtest.h>
#include <ogr_geometry.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace renozone {
namespace {

std::unique_ptr<OGRGeometry> square_at(double x, double y, double side) {
    const std::string wkt = "POLYGON((" + std::to_string(x) + " " + std::to_string(y) + "," + std::to_string(x + side) + " " +
                            std::to_string(y) + "," + std::to_string(x + side) + " " + std::to_string(y + side) + "," +
                            std::to_string(x) + " " + std::to_string(y + side) + "," + std::to_string(x) + " " +
                            std::to_string(y) + "))";
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g);
    return std::unique_ptr<OGRGeometry>(g);
}

// Whether reading `geometry` in `source` (working CRS EPSG:4545) finds it outside the CRS's area of use.
bool outside_area(GEOSContextHandle_t ctx, int source_epsg, const OGRGeometry& geometry) {
    const auto source = srs_from_epsg(source_epsg);
    const auto working = srs_from_epsg(4545);
    GeometryReader reader(ctx, *source, *working, false, "buildings", "buildings.gpkg");
    Findings findings;
    reader.read_polygonal(&geometry, FeatureKey(1, "B1"), findings);
    for (const auto& f : findings.items)
        if (f.code == "outside_crs_area") return true;
    return false;
}

// Readers remember each CRS's area of use; a reader must still get its own
// CRS's area, whichever CRS was read before it.
TEST(GeometryReader, AreaOfUseIsTheSourceCrsOwnInEveryOrder) {
    GeosContext ctx;
    const auto metres = square_at(475000, 3245000, 10);      // Wulong in EPSG:4545
    const auto degrees = square_at(107.75, 29.32, 0.0001);  // Wulong in lon/lat
    const auto mercator = square_at(11995000, 3414000, 10);  // Wulong in Web Mercator: no Gauss-Krüger easting
    for (int round = 0; round < 2; ++round) {
        EXPECT_FALSE(outside_area(ctx, 4545, *metres));
        EXPECT_TRUE(outside_area(ctx, 4326, *metres));  // 3,245,000 is no latitude
        EXPECT_FALSE(outside_area(ctx, 4326, *degrees));
        EXPECT_TRUE(outside_area(ctx, 4545, *degrees));  // 107.75 m east is far west of zone 36
        EXPECT_TRUE(outside_area(ctx, 4545, *mercator));
        EXPECT_FALSE(outside_area(ctx, 3857, *mercator));
    }
}

// A footprint traced as one ring that runs round its courtyard (a keyhole,
// as CAD exports draw them) keeps the courtyard open: GEOS's "linework"
// repair gives 64 m². The six-times-faster "structure" repair would fill it
// (100 m²), which is why renozone does not use it.
TEST(GeometryReader, KeyholeCourtyardStaysOpenWhenRepaired) {
    GeosContext ctx;
    const auto working = srs_from_epsg(4545);
    GeometryReader reader(ctx, *working, *working, false, "buildings", "buildings.gpkg");
    const auto ring = [](double x, double y) { return std::to_string(475000 + x) + " " + std::to_string(3245000 + y); };
    const std::string wkt = "POLYGON((" + ring(0, 0) + "," + ring(10, 0) + "," + ring(10, 10) + "," + ring(0, 10) + "," +
                            ring(0, 0) + "," + ring(2, 2) + "," + ring(8, 2) + "," + ring(8, 8) + "," + ring(2, 8) + "," +
                            ring(2, 2) + "," + ring(0, 0) + "))";
    OGRGeometry* keyhole = nullptr;
    OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &keyhole);
    const std::unique_ptr<OGRGeometry> owned(keyhole);
    Findings findings;
    const GeomPtr fixed = reader.read_polygonal(keyhole, FeatureKey(7, "B7"), findings);
    ASSERT_TRUE(fixed);
    double area = 0;
    GEOSArea_r(ctx, fixed.get(), &area);
    EXPECT_NEAR(area, 64.0, 1e-6);
    ASSERT_EQ(findings.repairs.size(), 1u);
    EXPECT_NEAR(findings.repairs[0].area_after_m2, 64.0, 1e-6);
}

// A planner reading either language finds the same file, layer and feature first.
TEST(GeometryReader, FindingsNameTheirPlaceFirstInBothLanguages) {
    GeosContext ctx;
    const auto working = srs_from_epsg(4545);
    GeometryReader reader(ctx, *working, *working, false, "buildings", "buildings.gpkg");
    OGRPolygon empty;
    OGRPoint point(475000, 3245000);
    const auto not_finite = square_at(475000, 3245000, 10);
    static_cast<OGRPolygon*>(not_finite.get())->getExteriorRing()->setPoint(1, std::nan(""), 3245000);
    const auto degrees = square_at(107.75, 29.32, 0.0001);
    OGRGeometry* flat = nullptr;
    OGRGeometryFactory::createFromWkt("POLYGON((475000 3245000,475010 3245000,475020 3245000,475000 3245000))", nullptr, &flat);
    const std::unique_ptr<OGRGeometry> collinear(flat);
    Findings findings;
    const std::vector<const OGRGeometry*> read{&empty, &point, not_finite.get(), degrees.get(), collinear.get()};
    for (const OGRGeometry* g : read)
        EXPECT_FALSE(reader.read_polygonal(g, FeatureKey(3, "B3"), findings));
    std::vector<std::string> codes;
    const std::string place = "feature 3 (id B3): ";
    for (const Finding& f : findings.items) {
        codes.push_back(f.code);
        const auto at = f.message.find(place);
        ASSERT_NE(at, std::string::npos) << f.message;
        EXPECT_EQ(f.message_zh.substr(0, at + place.size()), f.message.substr(0, at + place.size())) << f.message_zh;
        EXPECT_GT(f.message_zh.size(), at + place.size()) << f.code;
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"empty_geometry", "wrong_geometry_type", "non_finite_coordinates",
                                               "outside_crs_area", "zero_area_geometry"}));
    EXPECT_NE(findings.items[0].message_zh.find("几何为空"), std::string::npos);
}

}  // namespace
}  // namespace renozone
