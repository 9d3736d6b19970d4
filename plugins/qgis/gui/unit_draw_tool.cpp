#include "unit_draw_tool.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>

#include <QKeyEvent>

namespace renozone::plugin {

UnitDrawTool::UnitDrawTool(QgsMapCanvas* canvas) : QgsMapTool(canvas) {
    setObjectName(QStringLiteral("renozoneUnitDrawTool"));
    setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::CapturePoint));
}

UnitDrawTool::~UnitDrawTool() = default;

QgsGeometry UnitDrawTool::polygon_with(const QgsPointXY* moving) const {
    QgsPolylineXY ring(points_.begin(), points_.end());
    if (moving) ring << *moving;
    if (ring.size() < 3) return {};
    ring << ring.first();
    return QgsGeometry::fromPolygonXY({ring});
}

void UnitDrawTool::show(const QgsPointXY* moving) {
    if (!band_) {
        band_ = std::make_unique<QgsRubberBand>(canvas(), QgsWkbTypes::PolygonGeometry);
        band_->setStrokeColor(QColor(230, 100, 0));
        band_->setFillColor(QColor(255, 140, 0, 60));
        band_->setWidth(2);
    }
    band_->reset(QgsWkbTypes::PolygonGeometry);
    QVector<QgsPointXY> ring = points_;
    if (moving) ring << *moving;
    for (int i = 0; i < ring.size(); ++i) band_->addPoint(ring[i], i == ring.size() - 1);  // redraw once, at the last
}

void UnitDrawTool::canvasMoveEvent(QgsMapMouseEvent* e) {
    if (finished_ || points_.isEmpty()) return;
    const QgsPointXY p = e->snapPoint();
    show(&p);
    if (const QgsGeometry polygon = polygon_with(&p); !polygon.isNull()) emit shape_changed(polygon);
}

void UnitDrawTool::canvasReleaseEvent(QgsMapMouseEvent* e) {
    if (e->button() == Qt::RightButton) {
        finish();
        return;
    }
    if (e->button() != Qt::LeftButton) return;
    if (finished_) clear();
    points_ << e->snapPoint();
    show(nullptr);
    if (const QgsGeometry polygon = polygon_with(nullptr); !polygon.isNull()) emit shape_changed(polygon);
}

void UnitDrawTool::keyPressEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Escape) {
        clear();
        e->accept();
    } else if (e->key() == Qt::Key_Backspace && !finished_ && !points_.isEmpty()) {
        points_.removeLast();
        show(nullptr);
        const QgsGeometry polygon = polygon_with(nullptr);
        if (polygon.isNull()) emit shape_cleared();
        else emit shape_changed(polygon);
        e->accept();
    } else if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) {
        finish();
        e->accept();
    } else {
        e->ignore();
    }
}

void UnitDrawTool::finish() {
    const QgsGeometry polygon = polygon_with(nullptr);
    if (finished_ || polygon.isNull()) return;
    finished_ = true;
    show(nullptr);
    emit shape_finished(polygon);
}

void UnitDrawTool::clear() {
    points_.clear();
    finished_ = false;
    band_.reset();
    emit shape_cleared();
}

void UnitDrawTool::deactivate() {
    if (!finished_) clear();  // a finished unit stays on the map until it is saved or redrawn
    QgsMapTool::deactivate();
}

}  // namespace renozone::plugin
