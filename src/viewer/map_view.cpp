#include "map_view.h"

#include <algorithm>
#include <limits>

namespace renozone::viewer {

void MapRect::include(double x, double y) {
    min_x = std::min(min_x, x), min_y = std::min(min_y, y);
    max_x = std::max(max_x, x), max_y = std::max(max_y, y);
}

void MapRect::include(const MapRect& o) {
    if (o.min_x > o.max_x) return;
    include(o.min_x, o.min_y);
    include(o.max_x, o.max_y);
}

MapRect MapRect::null_rect() {
    const double big = std::numeric_limits<double>::max();
    return {big, big, -big, -big};
}

MapView MapView::fitting(const MapRect& extent, QSize size, double margin) {
    const QSize s(std::max(1, size.width()), std::max(1, size.height()));
    if (extent.min_x > extent.max_x) return MapView({0, 0}, 1.0, s);
    const double w = std::max(extent.width(), 1e-6) * (1 + 2 * margin);
    const double h = std::max(extent.height(), 1e-6) * (1 + 2 * margin);
    const double upp = std::max(w / s.width(), h / s.height());
    return MapView(extent.centre(), upp, s);
}

MapRect MapView::extent() const {
    const double hw = size_.width() * upp_ / 2, hh = size_.height() * upp_ / 2;
    return {centre_.x() - hw, centre_.y() - hh, centre_.x() + hw, centre_.y() + hh};
}

QTransform MapView::transform() const {
    // screen = ((x - cx) / upp + w/2, h/2 - (y - cy) / upp)
    return QTransform(1 / upp_, 0, 0, -1 / upp_, size_.width() / 2.0 - centre_.x() / upp_,
                      size_.height() / 2.0 + centre_.y() / upp_);
}

MapView MapView::panned_by_pixels(QPointF delta) const {
    return MapView({centre_.x() - delta.x() * upp_, centre_.y() + delta.y() * upp_}, upp_, size_);
}

MapView MapView::zoomed(double factor, QPointF anchor) const {
    const QPointF fixed = to_map(anchor);
    const double upp = upp_ / factor;
    const QPointF centre(fixed.x() - (anchor.x() - size_.width() / 2.0) * upp,
                         fixed.y() + (anchor.y() - size_.height() / 2.0) * upp);
    return MapView(centre, upp, size_);
}

}  // namespace renozone::viewer
