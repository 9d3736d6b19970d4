#include "spatial_index.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace renozone::viewer {

SpatialIndex::SpatialIndex(const std::vector<MapRect>& boxes, int node_size) : count_(boxes.size()), node_size_(node_size) {
    if (count_ == 0) return;
    std::vector<int> order(count_);
    std::iota(order.begin(), order.end(), 0);
    auto cx = [&](int i) { return boxes[i].min_x + boxes[i].max_x; };
    auto cy = [&](int i) { return boxes[i].min_y + boxes[i].max_y; };
    // Sort-tile-recursive: vertical slices by x, each slice by y.
    std::sort(order.begin(), order.end(), [&](int a, int b) { return cx(a) < cx(b); });
    const std::size_t leaves = (count_ + node_size_ - 1) / node_size_;
    const std::size_t slices = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(std::sqrt(double(leaves)))));
    const std::size_t per_slice = slices * node_size_;
    for (std::size_t s = 0; s < count_; s += per_slice) {
        auto first = order.begin() + s, last = order.begin() + std::min(count_, s + per_slice);
        std::sort(first, last, [&](int a, int b) { return cy(a) < cy(b); });
    }
    ids_ = order;
    boxes_.reserve(count_ + count_ / (node_size_ - 1) + 2);
    for (int id : order) boxes_.push_back(boxes[id]);
    level_end_.push_back(boxes_.size());
    std::size_t begin = 0;
    while (level_end_.back() - begin > 1) {
        const std::size_t end = level_end_.back();
        for (std::size_t i = begin; i < end; i += node_size_) {
            MapRect r = MapRect::null_rect();
            for (std::size_t j = i; j < std::min(end, i + node_size_); ++j) r.include(boxes_[j]);
            boxes_.push_back(r);
        }
        begin = end;
        level_end_.push_back(boxes_.size());
    }
}

void SpatialIndex::collect_subtree(int level, std::size_t node, std::vector<int>& out) const {
    std::size_t span = 1;
    for (int l = 0; l < level; ++l) span *= node_size_;
    const std::size_t first = node * span, last = std::min(count_, first + span);
    for (std::size_t p = first; p < last; ++p) out.push_back(ids_[p]);
}

void SpatialIndex::query(const MapRect& area, std::vector<int>& out) const {
    out.clear();
    if (count_ == 0) return;
    const int top = static_cast<int>(level_end_.size()) - 1;
    if (area.contains(boxes_.back())) {
        out.resize(count_);
        std::iota(out.begin(), out.end(), 0);
        return;
    }
    struct Item { int level; std::size_t node; };  // node: index within its level
    std::vector<Item> stack{{top, 0}};
    auto level_begin = [&](int level) { return level == 0 ? std::size_t(0) : level_end_[level - 1]; };
    while (!stack.empty()) {
        const Item it = stack.back();
        stack.pop_back();
        const MapRect& box = boxes_[level_begin(it.level) + it.node];
        if (!area.intersects(box)) continue;
        if (it.level == 0) {
            out.push_back(ids_[it.node]);
            continue;
        }
        if (area.contains(box)) {
            collect_subtree(it.level, it.node, out);
            continue;
        }
        const std::size_t child_count = level_end_[it.level - 1] - level_begin(it.level - 1);
        const std::size_t first = it.node * node_size_;
        for (std::size_t c = first; c < std::min(child_count, first + node_size_); ++c) stack.push_back({it.level - 1, c});
    }
    std::sort(out.begin(), out.end());
}

}  // namespace renozone::viewer
