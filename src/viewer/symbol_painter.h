// Turns symbol layers into Qt pens, brushes and marker shapes at a given
// output resolution; shared by the map renderer, the legend and the layer list.
#pragma once

#include "layer_style.h"

#include <QBrush>
#include <QPainterPath>
#include <QPen>

class QPainter;

namespace renozone::viewer {

struct PaintScale {
    double dpi = 96;
    double units_per_pixel = 1;  // map units per output pixel, for sizes in map units

    double pixels(const Size& s) const;
};

QPen pen_for(const SymbolLayer& layer, const PaintScale& scale, double opacity);
QBrush brush_for(const SymbolLayer& layer, double opacity);
// The marker's outline centred on (0, 0), `size` pixels across.
QPainterPath marker_path(MarkerShape shape, double size);
// The colour a feature too small to draw shows as a single pixel.
QColor dominant_color(const Symbol& symbol);

// A legend or layer-list swatch of the symbol in `rect`, shaped by geometry kind
// (0 point, 1 line, 2 polygon).
void paint_swatch(QPainter& painter, const Symbol& symbol, int geometry_kind, const QRectF& rect, const PaintScale& scale);

}  // namespace renozone::viewer
