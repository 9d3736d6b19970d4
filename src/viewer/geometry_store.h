// The geometry of one map layer, flattened for drawing: every vertex as float
// offsets from the layer's origin (millimetre precision over a district, half
// the memory of doubles at a million buildings), with offsets marking where
// each feature's parts (rings, lines or points) begin.
#pragma once

#include "map_view.h"

#include <cstdint>
#include <vector>

namespace renozone::viewer {

enum class GeometryKind { point, line, polygon };

class GeometryStore {
public:
    explicit GeometryStore(GeometryKind kind = GeometryKind::polygon, QPointF origin = {0, 0});

    GeometryKind kind() const { return kind_; }
    QPointF origin() const { return origin_; }

    // Building a feature: add its parts, then finish it (a feature may have no parts).
    void add_part(const double* xy, std::size_t points);  // interleaved x, y in map units
    int finish_feature();

    std::size_t size() const { return boxes_.size(); }
    const MapRect& box(int feature) const { return boxes_[feature]; }
    const std::vector<MapRect>& boxes() const { return boxes_; }
    const MapRect& extent() const { return extent_; }

    std::uint32_t first_part(int feature) const { return feature_parts_[feature]; }
    std::uint32_t end_part(int feature) const { return feature_parts_[feature + 1]; }
    std::uint32_t first_point(std::uint32_t part) const { return part_points_[part]; }
    std::uint32_t end_point(std::uint32_t part) const { return part_points_[part + 1]; }
    // Offsets from origin(); x at [2i], y at [2i + 1].
    const float* points() const { return xy_.data(); }
    QPointF point(std::uint32_t i) const { return {origin_.x() + xy_[2 * i], origin_.y() + xy_[2 * i + 1]}; }
    std::size_t point_count() const { return xy_.size() / 2; }

    void reserve(std::size_t features, std::size_t points);

private:
    GeometryKind kind_;
    QPointF origin_;
    std::vector<float> xy_;
    std::vector<std::uint32_t> part_points_{0};
    std::vector<std::uint32_t> feature_parts_{0};
    std::vector<MapRect> boxes_;
    MapRect current_ = MapRect::null_rect();
    MapRect extent_ = MapRect::null_rect();
};

}  // namespace renozone::viewer
