#include "map_canvas.h"

#include "map_decorations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QThread>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace renozone::viewer {

namespace {
constexpr int click_slop_px = 4;  // a press that moves less than this is a click, not a pan
}

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent), scheduler_(this) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    render_timer_.setSingleShot(true);
    connect(&render_timer_, &QTimer::timeout, this, &MapCanvas::start_render);
    connect(&scheduler_, &RenderScheduler::partial, this, [this](const QImage& image, const MapView& view) {
        partial_ = image;
        partial_view_ = view;
        update();
    });
    connect(&scheduler_, &RenderScheduler::finished, this, [this](const QImage& image, const MapView& view, double ms) {
        frame_ = image;
        frame_view_ = view;
        partial_ = QImage();
        last_frame_ms_ = ms;
        if (view == view_ && !render_timer_.isActive() && !scheduler_.busy()) render_pending_ = false;
        update();
        emit frame_finished(ms);
    });
    view_ = MapView({0, 0}, 1.0, size());
}

double MapCanvas::dpi() const { return logicalDpiX() > 0 ? logicalDpiX() : 96; }

void MapCanvas::set_layers(std::vector<std::shared_ptr<const MapLayer>> layers) {
    layers_ = std::move(layers);
    refresh();
}

void MapCanvas::set_full_extent(const MapRect& extent) { full_extent_ = extent; }

void MapCanvas::zoom_to_full_extent() {
    if (full_extent_.min_x > full_extent_.max_x) return;
    view_fitted_ = isVisible();  // before the first show the size is not final: fit again on resize
    set_view(MapView::fitting(full_extent_, size()));
}

void MapCanvas::zoom_to(const MapRect& extent) {
    if (!extent.empty()) set_view(MapView::fitting(extent, size(), 0.0));
}

void MapCanvas::zoom_by(double factor) {
    set_view(view_.zoomed(factor, QPointF(width() / 2.0, height() / 2.0)));
}

void MapCanvas::set_view(const MapView& view) {
    view_ = view.resized(size());
    emit view_changed();
    update();
    schedule_render(0);
}

void MapCanvas::add_overlay(MapOverlay* overlay) {
    if (std::find(overlays_.begin(), overlays_.end(), overlay) == overlays_.end()) overlays_.push_back(overlay);
    update();
}

void MapCanvas::remove_overlay(MapOverlay* overlay) {
    overlays_.erase(std::remove(overlays_.begin(), overlays_.end(), overlay), overlays_.end());
    update();
}

void MapCanvas::set_tool(MapTool* tool) {
    if (tool_ == tool) return;
    if (tool_) tool_->deactivated();
    tool_ = tool;
    if (tool_) tool_->activated();
    setCursor(tool_ ? tool_->cursor() : QCursor(Qt::OpenHandCursor));
    update();
}

void MapCanvas::refresh() { schedule_render(0); }

void MapCanvas::schedule_render(int delay_ms) {
    render_pending_ = true;
    render_timer_.start(delay_ms);
}

void MapCanvas::start_render() {
    RenderRequest request;
    request.view = view_;
    request.dpi = dpi();
    request.layers = layers_;
    scheduler_.request(std::move(request));
}

bool MapCanvas::wait_for_frame(int timeout_ms) {
    QElapsedTimer clock;
    clock.start();
    while (!frame_current() && clock.elapsed() < timeout_ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return frame_current();
}

void MapCanvas::draw_image_for_view(QPainter& painter, const QImage& image, const MapView& image_view) const {
    if (image.isNull()) return;
    // Where the image's corners fall in the current view.
    const MapRect e = image_view.extent();
    const QPointF top_left = view_.to_screen(e.min_x, e.max_y);
    const QPointF bottom_right = view_.to_screen(e.max_x, e.min_y);
    painter.drawImage(QRectF(top_left, bottom_right), image);
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    // While a gesture scales the last frame, nearest-pixel scaling keeps each repaint cheap (see bench/README-viewer.md).
    draw_image_for_view(painter, frame_, frame_view_);
    if (!partial_.isNull() && partial_view_ == view_) draw_image_for_view(painter, partial_, partial_view_);
    for (MapOverlay* overlay : overlays_) overlay->paint(painter, view_);
    if (tool_) tool_->paint(painter, view_);
    if (gesture_ == Gesture::box_zoom) {
        painter.setPen(QPen(QColor(31, 120, 180), 1, Qt::DashLine));
        painter.setBrush(QColor(31, 120, 180, 40));
        painter.drawRect(QRect(press_pos_, last_pos_).normalized());
    }
    draw_scale_bar(painter, QPointF(16, height() - 12), view_.units_per_pixel(), std::max(60.0, width() / 5.0));
    draw_north_arrow(painter, QPointF(width() - 34, 40), 40);
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    if (!view_fitted_ && full_extent_.min_x <= full_extent_.max_x) {
        view_fitted_ = isVisible();
        view_ = MapView::fitting(full_extent_, size());
        emit view_changed();
    } else {
        view_ = view_.resized(size());
    }
    schedule_render(frame_.isNull() ? 0 : 100);  // a window being resized renders once it settles
}

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    press_pos_ = last_pos_ = e->position().toPoint();
    if (e->button() == Qt::MiddleButton) {
        gesture_ = Gesture::panning;
        setCursor(Qt::ClosedHandCursor);
    } else if (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier)) {
        gesture_ = Gesture::box_zoom;
    } else if (tool_ && tool_->press(e)) {
        gesture_ = Gesture::tool_drag;
    } else {
        gesture_ = Gesture::pending_click;
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    const QPoint pos = e->position().toPoint();
    emit cursor_moved(view_.to_map(e->position()));
    switch (gesture_) {
        case Gesture::none:
            if (tool_) tool_->hover(e);
            break;
        case Gesture::pending_click:
            if ((pos - press_pos_).manhattanLength() <= click_slop_px || !(e->buttons() & Qt::LeftButton)) break;
            gesture_ = Gesture::panning;
            setCursor(Qt::ClosedHandCursor);
            [[fallthrough]];
        case Gesture::panning:
            view_ = view_.panned_by_pixels(pos - last_pos_);
            emit view_changed();
            update();
            break;
        case Gesture::box_zoom: update(); break;
        case Gesture::tool_drag:
            if (tool_) tool_->drag(e);
            break;
    }
    last_pos_ = pos;
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e) {
    const Gesture g = gesture_;
    gesture_ = Gesture::none;
    switch (g) {
        case Gesture::pending_click:
            if (tool_) tool_->click(e);
            break;
        case Gesture::panning:
            setCursor(tool_ ? tool_->cursor() : QCursor(Qt::OpenHandCursor));
            schedule_render(0);
            break;
        case Gesture::box_zoom: {
            const QRect r = QRect(press_pos_, e->position().toPoint()).normalized();
            if (r.width() > click_slop_px && r.height() > click_slop_px) {
                const QPointF a = view_.to_map(r.topLeft()), b = view_.to_map(r.bottomRight());
                zoom_to({std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())});
            }
            update();
            break;
        }
        case Gesture::tool_drag:
            if (tool_) tool_->release(e);
            break;
        case Gesture::none: break;
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* e) {
    gesture_ = Gesture::none;  // the release that follows is not a click
    if (tool_) tool_->double_click(e);
}

void MapCanvas::wheelEvent(QWheelEvent* e) {
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0) return;
    view_ = view_.zoomed(std::pow(1.25, steps), e->position());
    emit view_changed();
    update();
    schedule_render(150);  // wait for the wheel to settle
}

void MapCanvas::keyPressEvent(QKeyEvent* e) {
    if (tool_ && tool_->key(e)) return;
    const double step = std::min(width(), height()) / 4.0;
    switch (e->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoom_by(1.5); break;
        case Qt::Key_Minus: zoom_by(1 / 1.5); break;
        case Qt::Key_Home: zoom_to_full_extent(); break;
        case Qt::Key_Left: set_view(view_.panned_by_pixels({step, 0})); break;
        case Qt::Key_Right: set_view(view_.panned_by_pixels({-step, 0})); break;
        case Qt::Key_Up: set_view(view_.panned_by_pixels({0, step})); break;
        case Qt::Key_Down: set_view(view_.panned_by_pixels({0, -step})); break;
        default: QWidget::keyPressEvent(e);
    }
}

}  // namespace renozone::viewer
