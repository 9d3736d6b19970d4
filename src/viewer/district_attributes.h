// Each map layer's attribute columns, read from the core's data and analysis
// (tags, coverage) through the core's column tables, the ones `renozone tag`
// writes its GeoPackage with, so the same QGIS styles and rules apply to what
// the viewer shows.
#pragma once

#include "map_layer.h"

#include "core/analysis/district.h"

namespace renozone::viewer {

AttributeSource street_attributes(const District& district);
AttributeSource community_attributes(const District& district);
AttributeSource building_attributes(const District& district);
// facilities, heritage, river, roads
AttributeSource context_attributes(const std::vector<ContextFeature>& features, const QString& kind);

}  // namespace renozone::viewer
