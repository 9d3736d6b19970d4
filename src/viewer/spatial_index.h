// A packed R-tree over feature boxes (sort-tile-recursive, built once): the
// renderer asks it for what meets the view so a zoomed-in frame of a million
// buildings touches only the few thousand on screen.
#pragma once

#include "map_view.h"

#include <vector>

namespace renozone::viewer {

class SpatialIndex {
public:
    SpatialIndex() = default;
    explicit SpatialIndex(const std::vector<MapRect>& boxes, int node_size = 16);

    // Ids of the boxes meeting `area`, ascending (the layer's drawing order).
    void query(const MapRect& area, std::vector<int>& out) const;
    std::vector<int> query(const MapRect& area) const {
        std::vector<int> out;
        query(area, out);
        return out;
    }
    std::size_t size() const { return count_; }

private:
    void collect_subtree(int level, std::size_t node, std::vector<int>& out) const;

    std::size_t count_ = 0;
    int node_size_ = 16;
    std::vector<MapRect> boxes_;         // level 0 (the items, in tree order), then each level up
    std::vector<int> ids_;               // level-0 position → original id
    std::vector<std::size_t> level_end_; // end of each level in boxes_
};

}  // namespace renozone::viewer
