#include "click_tools.h"

#include "map_canvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace renozone::viewer {

bool ZoomBoxTool::press(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return false;
    dragging_ = true;
    from_ = to_ = e->position().toPoint();
    return true;
}

void ZoomBoxTool::drag(QMouseEvent* e) {
    to_ = e->position().toPoint();
    canvas_->update();
}

void ZoomBoxTool::release(QMouseEvent* e) {
    dragging_ = false;
    to_ = e->position().toPoint();
    const QRect r = QRect(from_, to_).normalized();
    if (r.width() < 5 || r.height() < 5) {
        canvas_->set_view(canvas_->view().zoomed(2.0, e->position()));  // a click zooms in on the point
        return;
    }
    const QPointF a = canvas_->to_map(r.topLeft()), b = canvas_->to_map(r.bottomRight());
    canvas_->zoom_to({std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())});
}

void ZoomBoxTool::paint(QPainter& painter, const MapView&) {
    if (!dragging_) return;
    painter.setPen(QPen(QColor(31, 120, 180), 1, Qt::DashLine));
    painter.setBrush(QColor(31, 120, 180, 40));
    painter.drawRect(QRect(from_, to_).normalized());
}

void PointPickTool::click(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return;
    emit picked(canvas_->to_map(e->position()), 5 * canvas_->view().units_per_pixel());
}

}  // namespace renozone::viewer
