// The map layers of a loaded district, bottom to top: river, communities,
// streets, roads, buildings, heritage, facilities (and the project's units).
#pragma once

#include "map_layer.h"
#include "style_catalog.h"

#include "core/analysis/district.h"
#include "core/planning/project_store.h"

#include <memory>
#include <vector>

namespace renozone::viewer {

std::vector<std::shared_ptr<MapLayer>> district_layers(const District& district, const StyleCatalog& styles);
// The implementation units saved in a project, as a layer (attributes from the store).
std::shared_ptr<MapLayer> units_layer(GEOSContextHandle_t ctx, const std::vector<StoredUnit>& units);

}  // namespace renozone::viewer
