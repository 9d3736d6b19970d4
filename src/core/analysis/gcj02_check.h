// Detects the web-map (GCJ-02) offset in the data itself: when many buildings
// fall outside every community, but moving them by the GCJ-02 offset of the
// place puts most of them inside, one of the two layers carries the offset.
#pragma once

#include "core/base/findings.h"
#include "core/geometry/assignment.h"
#include "core/model/model.h"

#include <vector>

namespace renozone {

void check_gcj02_offset(const Dataset& ds, const std::vector<Placement>& places, Findings& findings);

}  // namespace renozone
