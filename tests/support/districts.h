// Districts for the planning tools' tests: the hand-made one and the embedded
// Wulong data (loaded once per test binary: it takes a while).
#pragma once

#include "core/analysis/district.h"

#include <memory>
#include <string>

namespace renozone::test {

std::unique_ptr<District> small_district(const std::string& gpkg);
const District& embedded_district();

// A polygon in the small district's coordinates, metres from its origin.
std::string small_box(double x0, double y0, double x1, double y1);

}  // namespace renozone::test
