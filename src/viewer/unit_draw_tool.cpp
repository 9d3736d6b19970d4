#include "unit_draw_tool.h"

#include "map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace renozone::viewer {
namespace {

constexpr double handle_px = 7;

double distance(QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

}  // namespace

UnitDrawTool::UnitDrawTool(MapCanvas* canvas, UnitSketch* sketch) : MapTool(canvas), sketch_(sketch) {
    connect(sketch_, &UnitSketch::changed, this, [this] {
        if (sketch_->closed()) cursor_.reset();
        report();
    });
}

QPolygonF UnitDrawTool::live_ring() const {
    QPolygonF ring = sketch_->vertices();
    if (dragged_ >= 0) {
        if (inserting_) ring.insert(dragged_, drag_position_);
        else if (dragged_ < ring.size()) ring[dragged_] = drag_position_;
    }
    if (!sketch_->closed() && cursor_ && !ring.isEmpty() && ring.last() != *cursor_) ring << *cursor_;
    return ring;
}

void UnitDrawTool::report() {
    emit live_ring_changed(live_ring());
    canvas_->update();
}

int UnitDrawTool::vertex_near(QPointF screen) const {
    const auto& v = sketch_->vertices();
    for (int i = 0; i < v.size(); ++i)
        if (distance(canvas_->to_screen(v[i]), screen) <= handle_px) return i;
    return -1;
}

int UnitDrawTool::midpoint_near(QPointF screen) const {
    const auto& v = sketch_->vertices();
    if (!sketch_->closed()) return -1;
    for (int i = 0; i < v.size(); ++i) {
        const QPointF mid = (v[i] + v[(i + 1) % v.size()]) / 2;
        if (distance(canvas_->to_screen(mid), screen) <= handle_px) return i;
    }
    return -1;
}

bool UnitDrawTool::press(QMouseEvent* e) {
    if (!sketch_->closed() || e->button() != Qt::LeftButton) return false;
    if (const int v = vertex_near(e->position()); v >= 0) {
        dragged_ = v, inserting_ = false;
    } else if (const int m = midpoint_near(e->position()); m >= 0) {
        dragged_ = m + 1, inserting_ = true;
    } else {
        return false;
    }
    drag_position_ = canvas_->to_map(e->position());
    return true;
}

void UnitDrawTool::drag(QMouseEvent* e) {
    if (dragged_ < 0) return;
    drag_position_ = canvas_->to_map(e->position());
    report();
}

void UnitDrawTool::release(QMouseEvent* e) {
    if (dragged_ < 0) return;
    const int index = dragged_;
    const bool inserting = inserting_;
    dragged_ = -1;
    const QPointF to = canvas_->to_map(e->position());
    if (inserting) sketch_->insert_vertex(index, to);
    else sketch_->move_vertex(index, to);
    report();
}

void UnitDrawTool::click(QMouseEvent* e) {
    if (e->button() == Qt::RightButton) {
        if (const int v = vertex_near(e->position()); v >= 0) sketch_->remove_vertex(v);
        return;
    }
    if (e->button() != Qt::LeftButton || sketch_->closed()) return;
    sketch_->add_vertex(canvas_->to_map(e->position()));
}

void UnitDrawTool::double_click(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton || sketch_->closed()) return;
    // The double-click's first click has already added its vertex.
    sketch_->close();
}

void UnitDrawTool::hover(QMouseEvent* e) {
    if (sketch_->closed() || sketch_->vertices().isEmpty()) return;
    cursor_ = canvas_->to_map(e->position());
    report();
}

bool UnitDrawTool::key(QKeyEvent* e) {
    if (e->key() == Qt::Key_Escape) {
        cursor_.reset();
        sketch_->clear();
        return true;
    }
    if (e->key() == Qt::Key_Backspace) {
        sketch_->undo_stack().undo();
        return true;
    }
    if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && !sketch_->closed()) {
        sketch_->close();
        return true;
    }
    return false;
}

void UnitDrawTool::deactivated() {
    cursor_.reset();
    report();
}

void UnitDrawTool::paint(QPainter& painter, const MapView& view) {
    const QPolygonF ring = live_ring();
    if (ring.isEmpty()) return;
    QPolygonF screen;
    for (const QPointF& p : ring) screen << view.to_screen(p.x(), p.y());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor blue(31, 120, 180);
    painter.setPen(QPen(blue, 2));
    painter.setBrush(QColor(31, 120, 180, sketch_->closed() ? 60 : 35));
    if (screen.size() >= 3) painter.drawPolygon(screen);
    else painter.drawPolyline(screen);
    painter.setPen(QPen(blue, 1));
    painter.setBrush(Qt::white);
    for (const QPointF& p : sketch_->vertices()) {
        const QPointF s = view.to_screen(p.x(), p.y());
        painter.drawRect(QRectF(s.x() - handle_px / 2, s.y() - handle_px / 2, handle_px, handle_px));
    }
    if (sketch_->closed() && dragged_ < 0) {
        const auto& v = sketch_->vertices();
        painter.setBrush(blue);
        for (int i = 0; i < v.size(); ++i) {
            const QPointF mid = (v[i] + v[(i + 1) % v.size()]) / 2;
            painter.drawEllipse(view.to_screen(mid.x(), mid.y()), 2.5, 2.5);
        }
    }
    painter.restore();
}

}  // namespace renozone::viewer
