// Puts each building in exactly one community: the one containing the
// building's GEOS point-on-surface (what PostGIS, SpatiaLite, GeoPandas and
// QGIS use), and measures how much of the footprint lies inside it.
#pragma once

#include "core/base/parallelism.h"
#include "core/base/progress.h"
#include "core/model/model.h"

#include <vector>

namespace renozone {

// Buildings are shared out among threads in chunks; the placements do not
// depend on the number of threads.
std::vector<Placement> place_buildings(const Dataset& ds, const ProgressFn& progress = {},
                                       const Parallelism& parallelism = {});

}  // namespace renozone
