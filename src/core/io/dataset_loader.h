// Loads every input into a Dataset in the working CRS.
#pragma once

#include "core/base/parallelism.h"
#include "core/base/progress.h"
#include "core/io/source.h"
#include "core/model/model.h"

namespace renozone {

// Layer-level problems (missing file, layer, field or CRS) throw InputError.
// Feature-level problems become findings in Dataset::findings; the caller
// decides whether error findings stop the job.
Dataset load_dataset(const InputSpec& inputs, const ProgressFn& progress = {}, const Parallelism& parallelism = {},
                     BuildingGeometry building_geometry = BuildingGeometry::kept);

// The working CRS for the inputs: the one asked for, else the CGCS2000
// 3-degree zone of the communities' centre (EPSG:4545 for Wulong).
std::shared_ptr<OGRSpatialReference> choose_working_srs(const InputSpec& inputs, OpenLayer& communities);

// Throws InputError when the dataset has error findings: the first one and the count.
void require_no_errors(const Dataset& dataset);

}  // namespace renozone
