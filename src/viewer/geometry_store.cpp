#include "geometry_store.h"

namespace renozone::viewer {

GeometryStore::GeometryStore(GeometryKind kind, QPointF origin) : kind_(kind), origin_(origin) {}

void GeometryStore::reserve(std::size_t features, std::size_t points) {
    boxes_.reserve(features);
    feature_parts_.reserve(features + 1);
    part_points_.reserve(features + 1);
    xy_.reserve(points * 2);
}

void GeometryStore::add_part(const double* xy, std::size_t points) {
    for (std::size_t i = 0; i < points; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        xy_.push_back(static_cast<float>(x - origin_.x()));
        xy_.push_back(static_cast<float>(y - origin_.y()));
        current_.include(x, y);
    }
    part_points_.push_back(static_cast<std::uint32_t>(xy_.size() / 2));
}

int GeometryStore::finish_feature() {
    feature_parts_.push_back(static_cast<std::uint32_t>(part_points_.size() - 1));
    boxes_.push_back(current_);
    extent_.include(current_);
    current_ = MapRect::null_rect();
    return static_cast<int>(boxes_.size() - 1);
}

}  // namespace renozone::viewer
