// What the shells call the layers, in Chinese and English: the canonical input
// layers (model/field_catalog) and the project's own (units, site checks).
#pragma once

#include "core/vocabulary/report_labels.h"

#include <string>

namespace renozone {

// "communities" → 小区 / Communities; a layer without a title is shown as it is.
std::string layer_title(const std::string& layer, Lang lang);

}  // namespace renozone
