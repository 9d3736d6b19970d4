// Puts each building in exactly one community: the one containing the
// building's GEOS point-on-surface (what PostGIS, SpatiaLite, GeoPandas and
// QGIS use), and measures how much of the footprint lies inside it.
#pragma once

#include "model.h"
#include "parallelism.h"
#include "progress.h"

#include <vector>

namespace renozone {

struct Placement {
    int community = -1;          // index into Dataset::communities, -1: in none
    int containing = 0;          // communities containing the point (>1: they overlap)
    double footprint_m2 = 0;
    double share_inside = 0;     // of the footprint, inside the chosen community
    bool has_point = false;      // the point-on-surface, when the building has a footprint
    double x = 0;
    double y = 0;
};

// Buildings are shared out among threads in chunks; the placements do not
// depend on the number of threads.
std::vector<Placement> place_buildings(const Dataset& ds, const ProgressFn& progress = {},
                                       const Parallelism& parallelism = {});

}  // namespace renozone
