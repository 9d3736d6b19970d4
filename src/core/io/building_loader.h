// Reads the buildings layer. Batches are read on the calling thread and turned
// into Buildings (attributes checked, assumed values given, geometry made
// valid) on worker threads, each with its own GEOS context; buildings and
// findings come out in feature order, exactly as with one thread.
#pragma once

#include "core/base/parallelism.h"
#include "core/base/progress.h"
#include "core/io/building_defaults.h"
#include "core/io/building_stream.h"
#include "core/io/source.h"
#include "core/model/model.h"

namespace renozone {

// Into Dataset::buildings; or, given a stream, each building placed on the
// workers and handed to the stream, none kept (only their ids, to find repeats).
void load_buildings(OpenLayer& layer, Dataset& ds, const ProgressFn& progress, const Parallelism& parallelism,
                    const BuildingDefaults& defaults, BuildingStream* stream = nullptr);

}  // namespace renozone
