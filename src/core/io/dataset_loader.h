// Loads every input into a Dataset in the working CRS.
#pragma once

#include "core/base/parallelism.h"
#include "core/base/progress.h"
#include "core/io/building_stream.h"
#include "core/io/source.h"
#include "core/model/model.h"

namespace renozone {

// Layer-level problems (missing file, layer, field or CRS) throw InputError.
// Feature-level problems become findings in Dataset::findings; the caller
// decides whether error findings stop the job. Given a stream, the buildings
// go to it instead of Dataset::buildings (see load_buildings); the findings
// are the same, in the same order.
Dataset load_dataset(const InputSpec& inputs, const ProgressFn& progress = {}, const Parallelism& parallelism = {},
                     BuildingStream* stream = nullptr);

// The communities may span this many degrees of longitude when renozone picks
// the working CRS: one UTM zone's width, ±3° about the central meridian.
constexpr double max_zone_span_degrees = 6.0;

// The working CRS for the inputs: the one asked for; the communities' own CRS
// when it is a CGCS2000 3-degree zone or a UTM zone; else the CGCS2000 zone of
// the communities' centre in China (EPSG:4545 for Wulong) and the UTM zone of
// it elsewhere (automatic_working_epsg). Communities spanning more than
// max_zone_span_degrees of longitude need a working CRS named: UsageError.
std::shared_ptr<OGRSpatialReference> choose_working_srs(const InputSpec& inputs, OpenLayer& communities);

// Throws InputError when the dataset has error findings: the first one and the count.
void require_no_errors(const Dataset& dataset);

}  // namespace renozone
