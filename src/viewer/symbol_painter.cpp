#include "symbol_painter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace renozone::viewer {

double PaintScale::pixels(const Size& s) const {
    switch (s.unit) {
        case SizeUnit::millimetres: return s.value * dpi / 25.4;
        case SizeUnit::points: return s.value * dpi / 72.0;
        case SizeUnit::pixels: return s.value * dpi / 96.0;  // QGIS pixels are screen pixels at 96 dpi
        case SizeUnit::map_units: return s.value / units_per_pixel;
    }
    return s.value;
}

namespace {

QColor faded(QColor c, double opacity) {
    c.setAlphaF(std::clamp(c.alphaF() * opacity, 0.0, 1.0));
    return c;
}

}  // namespace

QPen pen_for(const SymbolLayer& layer, const PaintScale& scale, double opacity) {
    if (layer.pen == Qt::NoPen) return QPen(Qt::NoPen);
    if (layer.kind != SymbolLayerKind::line && layer.stroke.alpha() == 0) return QPen(Qt::NoPen);
    // QGIS draws a zero-width outline as a hairline.
    const double width = std::max(scale.pixels(layer.stroke_width), layer.stroke_width.value > 0 ? 0.0 : 1.0);
    QPen pen(faded(layer.stroke, opacity), width, layer.pen, layer.cap, layer.join);
    if (layer.stroke_width.value == 0) pen.setCosmetic(true);
    return pen;
}

QBrush brush_for(const SymbolLayer& layer, double opacity) {
    if (layer.kind == SymbolLayerKind::line || layer.brush == Qt::NoBrush || layer.fill.alpha() == 0) return Qt::NoBrush;
    return QBrush(faded(layer.fill, opacity), layer.brush);
}

QPainterPath marker_path(MarkerShape shape, double size) {
    QPainterPath path;
    const double r = size / 2;
    auto polygon = [&](int corners, double rotation_deg, double inner = 0) {
        QPolygonF p;
        const int n = inner > 0 ? corners * 2 : corners;
        for (int i = 0; i < n; ++i) {
            const double radius = (inner > 0 && i % 2 == 1) ? r * inner : r;
            const double a = (rotation_deg + i * 360.0 / n) * M_PI / 180.0;
            p << QPointF(radius * std::sin(a), -radius * std::cos(a));
        }
        path.addPolygon(p);
        path.closeSubpath();
    };
    switch (shape) {
        case MarkerShape::circle: path.addEllipse(QPointF(0, 0), r, r); break;
        case MarkerShape::square: path.addRect(-r, -r, size, size); break;
        case MarkerShape::diamond: polygon(4, 0); break;
        case MarkerShape::triangle: polygon(3, 0); break;
        case MarkerShape::pentagon: polygon(5, 0); break;
        case MarkerShape::hexagon: polygon(6, 30); break;
        case MarkerShape::star: polygon(5, 0, 0.45); break;
        case MarkerShape::cross: {
            const double t = r / 3;
            path.addRect(-r, -t, size, 2 * t);
            path.addRect(-t, -r, 2 * t, size);
            path = path.simplified();
            break;
        }
    }
    return path;
}

QColor dominant_color(const Symbol& symbol) {
    for (const auto& l : symbol.layers) {
        if (l.kind != SymbolLayerKind::line && l.brush != Qt::NoBrush && l.fill.alpha() > 0) return faded(l.fill, symbol.opacity);
    }
    for (const auto& l : symbol.layers)
        if (l.pen != Qt::NoPen) return faded(l.stroke, symbol.opacity);
    return QColor(0, 0, 0, 0);
}

void paint_swatch(QPainter& painter, const Symbol& symbol, int geometry_kind, const QRectF& rect, const PaintScale& scale) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const auto& l : symbol.layers) {
        painter.setPen(pen_for(l, scale, symbol.opacity));
        painter.setBrush(brush_for(l, symbol.opacity));
        if (l.kind == SymbolLayerKind::marker) {
            const double size = std::min({scale.pixels(l.marker_size), rect.width(), rect.height()});
            painter.drawPath(marker_path(l.shape, size).translated(rect.center()));
        } else if (l.kind == SymbolLayerKind::line || geometry_kind == 1) {
            QPen pen = pen_for(l, scale, symbol.opacity);
            if (l.kind != SymbolLayerKind::line) pen.setColor(dominant_color(symbol));
            painter.setPen(pen);
            const double y = rect.center().y();
            painter.drawLine(QPointF(rect.left() + 1, y), QPointF(rect.right() - 1, y));
        } else {
            const double inset = std::min(painter.pen().widthF() / 2, rect.height() / 4);
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset));
        }
    }
    painter.restore();
}

}  // namespace renozone::viewer
