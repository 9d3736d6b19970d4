// A plain style for a layer that brings none: grey fills, dark lines, red dots.
#pragma once

#include "geometry_store.h"
#include "layer_style.h"

namespace renozone::viewer {

LayerStyle fallback_style(GeometryKind kind, const QString& label_field = QString());
// The project's implementation units: outlined in blue, labelled with their name.
LayerStyle units_style();

}  // namespace renozone::viewer
