// Drawing an implementation unit: click to add vertices, double-click to close;
// while drawing, the ring under the cursor is reported on every move so the
// panel can show the core's figures live. Once closed: drag a vertex to move
// it, drag an edge's middle handle to insert one, right-click a vertex to
// remove it. Esc starts over, Backspace takes back the last step.
#pragma once

#include "map_tool.h"
#include "unit_sketch.h"

#include <optional>

namespace renozone::viewer {

class UnitDrawTool : public MapTool {
    Q_OBJECT
public:
    UnitDrawTool(MapCanvas* canvas, UnitSketch* sketch);

    bool press(QMouseEvent* e) override;
    void drag(QMouseEvent* e) override;
    void release(QMouseEvent* e) override;
    void click(QMouseEvent* e) override;
    void double_click(QMouseEvent* e) override;
    void hover(QMouseEvent* e) override;
    bool key(QKeyEvent* e) override;
    void paint(QPainter& painter, const MapView& view) override;
    void deactivated() override;

    // The ring to evaluate now: the closed sketch, or the open one plus the cursor.
    QPolygonF live_ring() const;

signals:
    void live_ring_changed(const QPolygonF& ring);

private:
    int vertex_near(QPointF screen) const;    // -1 when none within the handle radius
    int midpoint_near(QPointF screen) const;  // index of the edge's first vertex, or -1
    void report();

    UnitSketch* sketch_;
    std::optional<QPointF> cursor_;  // map units, while drawing
    int dragged_ = -1;               // vertex being dragged
    bool inserting_ = false;         // the dragged vertex was a midpoint handle
    QPointF drag_position_;
};

}  // namespace renozone::viewer
