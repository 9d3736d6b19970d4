#include "core/geometry/road_network.h"

#include <gtest/gtest.h>

#include <cmath>

namespace renozone {
namespace {

ContextFeature road(GEOSContextHandle_t c, const char* wkt) {
    ContextFeature f;
    GEOSWKTReader* reader = GEOSWKTReader_create_r(c);
    f.geom = own(c, GEOSWKTReader_read_r(c, reader, wkt));
    GEOSWKTReader_destroy_r(c, reader);
    return f;
}

TEST(RoadNetwork, PlacesJoinALongRoadBesideThem) {
    GeosContext c;
    std::vector<ContextFeature> roads;
    roads.push_back(road(c, "LINESTRING(0 0, 200 0)"));
    const RoadNetwork network(c, roads);
    // Both sit by the middle of a 200 m segment: 5 m to the road, 10 m along it, 5 m off.
    const auto d = network.distances({100, -5}, {{110, 5}}, 100);
    EXPECT_NEAR(d[0], 20, 1e-9);
}

TEST(RoadNetwork, UnconnectedRoadsAreOutOfReach) {
    GeosContext c;
    std::vector<ContextFeature> roads;
    roads.push_back(road(c, "LINESTRING(0 0, 0 40)"));
    roads.push_back(road(c, "LINESTRING(30 -15, 180 -15)"));
    const RoadNetwork network(c, roads);
    const auto d = network.distances({0, 40}, {{0, 0}, {30, 0}}, 100);
    EXPECT_NEAR(d[0], 40, 1e-9);
    EXPECT_TRUE(std::isinf(d[1]));  // its nearest node is on the other road
}

}  // namespace
}  // namespace renozone
