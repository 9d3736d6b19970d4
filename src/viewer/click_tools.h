// The map tools that only report where the user clicked: box zoom, identify,
// and the site check (the main window turns the point into a core call).
#pragma once

#include "map_tool.h"

#include <QPoint>

namespace renozone::viewer {

class ZoomBoxTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    bool press(QMouseEvent* e) override;
    void drag(QMouseEvent* e) override;
    void release(QMouseEvent* e) override;
    void paint(QPainter& painter, const MapView& view) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

private:
    bool dragging_ = false;
    QPoint from_, to_;
};

class PointPickTool : public MapTool {
    Q_OBJECT
public:
    PointPickTool(MapCanvas* canvas, QCursor cursor) : MapTool(canvas), cursor_(cursor) {}
    void click(QMouseEvent* e) override;
    QCursor cursor() const override { return cursor_; }

signals:
    // `tolerance`: a few pixels, in map units, for picking lines and points.
    void picked(QPointF map_point, double tolerance);

private:
    QCursor cursor_;
};

}  // namespace renozone::viewer
