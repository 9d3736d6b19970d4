// The values a planner tells renozone to assume where a building's record has
// none (`--default buildings.floors=1`): applied after reading, counted, and
// said in the notes and the tagged GeoPackage's metadata as assumptions.
#pragma once

#include "core/model/field_mapping.h"
#include "core/model/model.h"

namespace renozone {

// Throws UsageError for a value the field cannot hold (the limits the
// readers apply to recorded values). Adds "assumed buildings.floors = 1 for
// 23 buildings without it" to ds.notes and ds.assumptions for each default.
void apply_building_defaults(Dataset& ds, const FieldMapping& mapping);

}  // namespace renozone
