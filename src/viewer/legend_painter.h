// The legend of an exported map: each visible layer, top first, with a swatch
// per style class.
#pragma once

#include "map_layer.h"
#include "symbol_painter.h"

#include <memory>
#include <vector>

class QPainter;

namespace renozone::viewer {

// `px`: the size of one screen pixel on the target (dpi / 96); a legend taller
// than `area` is drawn smaller, so no class is left out. Returns the height used.
double paint_legend(QPainter& painter, const QRectF& area, const std::vector<std::shared_ptr<const MapLayer>>& top_to_bottom,
                    double px);

}  // namespace renozone::viewer
