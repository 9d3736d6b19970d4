// Reads the buildings layer into Dataset::buildings. Batches are read on the
// calling thread and turned into Buildings (attributes checked, geometry made
// valid) on worker threads, each with its own GEOS context; buildings and
// findings come out in feature order, exactly as with one thread. With
// BuildingGeometry::measured the workers place each building as they read it
// (Dataset::placements) and keep no footprint.
#pragma once

#include "core/base/parallelism.h"
#include "core/base/progress.h"
#include "core/io/source.h"
#include "core/model/model.h"

namespace renozone {

void load_buildings(OpenLayer& layer, Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism,
                    BuildingGeometry geometry = BuildingGeometry::kept);

}  // namespace renozone
