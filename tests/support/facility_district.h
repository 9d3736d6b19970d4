// The small district with the context facility planning measures against:
// an existing kindergarten, two road pieces, a heritage area and a river; and
// a rules file with radii small enough to work the coverage out by hand.
#pragma once

#include "core/io/source.h"

#include <string>

namespace renozone::test {

// write_small_district plus facilities, roads, heritage and river layers.
InputSpec write_facility_district(const std::string& gpkg);

// kindergarten 100 m, elderly_care 250 m; river buffer 30 m.
void write_facility_rules(const std::string& path);

// Offset of the fixture's local coordinates in EPSG:4545.
constexpr double fixture_x = 476000, fixture_y = 3245000;

}  // namespace renozone::test
