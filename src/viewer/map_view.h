// Where the map is looked at from: a centre in map units (metres of the working
// CRS), a resolution in map units per pixel, and an output size in pixels.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace renozone::viewer {

// A rectangle in map coordinates (y grows north, unlike QRectF on screen).
struct MapRect {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;

    double width() const { return max_x - min_x; }
    double height() const { return max_y - min_y; }
    bool empty() const { return !(max_x > min_x && max_y > min_y); }
    // False for null_rect(), the box of a feature without geometry; true for a point.
    bool holds_a_point() const { return min_x <= max_x && min_y <= max_y; }
    bool intersects(const MapRect& o) const {
        return min_x <= o.max_x && o.min_x <= max_x && min_y <= o.max_y && o.min_y <= max_y;
    }
    bool contains(const MapRect& o) const {
        return min_x <= o.min_x && o.max_x <= max_x && min_y <= o.min_y && o.max_y <= max_y;
    }
    void include(double x, double y);
    void include(const MapRect& o);
    MapRect grown(double by) const { return {min_x - by, min_y - by, max_x + by, max_y + by}; }
    QPointF centre() const { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }
    static MapRect null_rect();  // includes nothing yet
};

class MapView {
public:
    MapView() = default;
    MapView(QPointF centre, double units_per_pixel, QSize size) : centre_(centre), upp_(units_per_pixel), size_(size) {}

    // The view showing all of `extent` with a margin, at this size.
    static MapView fitting(const MapRect& extent, QSize size, double margin = 0.03);

    QPointF centre() const { return centre_; }
    double units_per_pixel() const { return upp_; }
    QSize size() const { return size_; }
    MapRect extent() const;

    QPointF to_screen(double x, double y) const {
        return {(x - centre_.x()) / upp_ + size_.width() / 2.0, size_.height() / 2.0 - (y - centre_.y()) / upp_};
    }
    QPointF to_map(QPointF screen) const {
        return {centre_.x() + (screen.x() - size_.width() / 2.0) * upp_,
                centre_.y() - (screen.y() - size_.height() / 2.0) * upp_};
    }
    // Map → screen as a QTransform (for paths kept in map units).
    QTransform transform() const;

    // Scale denominator (1:N) when one pixel is 1/dpi inch on paper or screen.
    double scale_denominator(double dpi) const { return upp_ * dpi / 0.0254; }

    MapView panned_by_pixels(QPointF delta) const;
    // Zoom by `factor` (>1 zooms in) keeping the map point under `anchor` still.
    MapView zoomed(double factor, QPointF anchor) const;
    MapView resized(QSize size) const { return MapView(centre_, upp_, size); }
    MapView with_resolution(double units_per_pixel) const { return MapView(centre_, units_per_pixel, size_); }

    bool operator==(const MapView& o) const { return centre_ == o.centre_ && upp_ == o.upp_ && size_ == o.size_; }
    bool operator!=(const MapView& o) const { return !(*this == o); }

private:
    QPointF centre_;
    double upp_ = 1.0;
    QSize size_{1, 1};
};

}  // namespace renozone::viewer
