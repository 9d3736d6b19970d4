// Copies the context layers (streets, river, roads, facilities, heritage) and
// the plan tables into an output, reprojected to the working CRS, so the
// output is a complete map of the district.
#pragma once

#include "core/io/source.h"

#include <string>
#include <vector>

namespace renozone {

// Returns the names of the layers copied.
std::vector<std::string> copy_context_layers(GDALDataset& out, const InputSpec& inputs, const OGRSpatialReference& working);

}  // namespace renozone
