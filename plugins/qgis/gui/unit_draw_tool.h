// The map tool that draws an implementation unit: left click adds a vertex,
// moving the mouse shows the polygon with the next vertex (and the dock its
// live figures), right click or Enter finishes, Backspace takes the last
// vertex back, Esc starts again.
#pragma once

#include <qgsgeometry.h>
#include <qgsmaptool.h>

#include <QVector>

#include <memory>

class QgsRubberBand;

namespace renozone::plugin {

class UnitDrawTool : public QgsMapTool {
    Q_OBJECT

public:
    explicit UnitDrawTool(QgsMapCanvas* canvas);
    ~UnitDrawTool() override;

    void canvasMoveEvent(QgsMapMouseEvent* e) override;
    void canvasReleaseEvent(QgsMapMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void deactivate() override;

    // Clears the drawn or finished unit from the map.
    void clear();

signals:
    // In the canvas CRS: the polygon while it is drawn (with the vertex under the mouse) …
    void shape_changed(const QgsGeometry& polygon);
    // … and once it is finished.
    void shape_finished(const QgsGeometry& polygon);
    // No polygon any more: cleared, or fewer than three corners left after Backspace.
    void shape_cleared();

private:
    QgsGeometry polygon_with(const QgsPointXY* moving) const;
    void show(const QgsPointXY* moving);
    void finish();

    QVector<QgsPointXY> points_;
    bool finished_ = false;
    std::unique_ptr<QgsRubberBand> band_;
};

}  // namespace renozone::plugin
