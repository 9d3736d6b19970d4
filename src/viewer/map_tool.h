// A way of using the mouse on the map (identify, draw a unit, check a site…).
// The canvas pans on drags and zooms on the wheel whatever the tool; a tool
// gets clicks, and the drags it claims by returning true from press().
#pragma once

#include "map_view.h"

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace renozone::viewer {

class MapCanvas;

class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapCanvas* canvas);

    virtual bool press(QMouseEvent*) { return false; }
    virtual void drag(QMouseEvent*) {}
    virtual void release(QMouseEvent*) {}
    virtual void click(QMouseEvent*) {}
    virtual void double_click(QMouseEvent*) {}
    virtual void hover(QMouseEvent*) {}
    virtual bool key(QKeyEvent*) { return false; }
    // Drawn over the map, in screen pixels of `view`.
    virtual void paint(QPainter&, const MapView&) {}
    virtual void activated() {}
    virtual void deactivated() {}
    virtual QCursor cursor() const { return Qt::CrossCursor; }

protected:
    MapCanvas* canvas_;
};

// Something else drawn over the map: a site's radius, highlighted buildings.
class MapOverlay {
public:
    virtual ~MapOverlay() = default;
    virtual void paint(QPainter& painter, const MapView& view) = 0;
};

}  // namespace renozone::viewer
