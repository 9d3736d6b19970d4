// The map widget: shows the rendered frame, pans on drag, zooms on the wheel
// (and on Shift+drag or the box tool), keeps the last frame moving with the
// gesture while the next one renders off the UI thread, and draws the scale
// bar, north arrow, overlays and the active tool on top.
#pragma once

#include "map_layer.h"
#include "map_tool.h"
#include "render_scheduler.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

namespace renozone::viewer {

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);

    // Visible layers, bottom to top.
    void set_layers(std::vector<std::shared_ptr<const MapLayer>> layers);
    void set_full_extent(const MapRect& extent);
    void zoom_to_full_extent();
    void zoom_to(const MapRect& extent);
    void zoom_by(double factor);  // about the centre; > 1 zooms in
    const MapView& view() const { return view_; }
    void set_view(const MapView& view);
    double dpi() const;

    void set_tool(MapTool* tool);  // not owned; nullptr: browse (pan and zoom only)
    MapTool* tool() const { return tool_; }
    void add_overlay(MapOverlay* overlay);  // not owned
    void remove_overlay(MapOverlay* overlay);
    void refresh_overlays() { update(); }

    QPointF to_map(QPointF screen) const { return view_.to_map(screen); }
    QPointF to_screen(QPointF map) const { return view_.to_screen(map.x(), map.y()); }

    // The last finished frame and what it showed.
    const QImage& frame() const { return frame_; }
    const MapView& frame_view() const { return frame_view_; }
    bool frame_current() const { return frame_view_ == view_ && !render_pending_; }
    double last_frame_ms() const { return last_frame_ms_; }
    // For tests and scripts: waits (running the event loop) until the frame is current.
    bool wait_for_frame(int timeout_ms = 10000);

signals:
    void cursor_moved(QPointF map_point);
    void view_changed();
    void frame_finished(double milliseconds);

public slots:
    void refresh();  // re-render now (layers or styles changed)

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void keyPressEvent(QKeyEvent*) override;

private:
    enum class Gesture { none, pending_click, panning, box_zoom, tool_drag };
    void schedule_render(int delay_ms);
    void start_render();
    void draw_image_for_view(QPainter& painter, const QImage& image, const MapView& image_view) const;

    MapView view_;
    bool view_fitted_ = false;  // fitted to the full extent at the widget's real size
    MapRect full_extent_ = MapRect::null_rect();
    std::vector<std::shared_ptr<const MapLayer>> layers_;
    MapTool* tool_ = nullptr;
    std::vector<MapOverlay*> overlays_;

    RenderScheduler scheduler_;
    QTimer render_timer_;
    bool render_pending_ = false;
    QImage frame_, partial_;
    MapView frame_view_, partial_view_;
    double last_frame_ms_ = 0;

    Gesture gesture_ = Gesture::none;
    QPoint press_pos_, last_pos_;
    bool swallow_release_ = false;  // the release after a double-click
};

}  // namespace renozone::viewer
