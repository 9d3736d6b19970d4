// A hand-made district with one example of each case the engine must handle;
// its expected figures are worked out in small_district.cpp beside the data.
#pragma once

#include "core/io/source.h"

#include <string>

namespace renozone::test {

// Writes communities, buildings, streets, plan and plan_targets into `gpkg`
// (EPSG:4545) and returns inputs naming them.
InputSpec write_small_district(const std::string& gpkg);

}  // namespace renozone::test
