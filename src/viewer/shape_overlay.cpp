#include "shape_overlay.h"

#include <QPainter>

namespace renozone::viewer {

void ShapeOverlay::paint(QPainter& painter, const MapView& view) {
    if (shapes_.empty()) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform to_screen = view.transform();
    const QRectF visible(QPointF(-50, -50), QSizeF(view.size()) + QSizeF(100, 100));
    for (const auto& shape : shapes_) {
        const QPainterPath screen = to_screen.map(shape.path);
        if (!screen.boundingRect().intersects(visible)) continue;
        painter.setPen(shape.pen);
        painter.setBrush(shape.brush);
        painter.drawPath(screen);
    }
    painter.restore();
}

}  // namespace renozone::viewer
