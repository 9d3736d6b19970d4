// Detects the web-map (GCJ-02) offset in the data itself: when many buildings
// fall outside every community, but moving them by the GCJ-02 offset of the
// place puts most of them inside, one of the two layers carries the offset.
#pragma once

#include "core/base/findings.h"
#include "core/geometry/assignment.h"
#include "core/model/model.h"

#include <vector>

namespace renozone {

// What the check needs of the buildings, gathered one placement at a time.
class Gcj02Evidence {
public:
    void add(const Placement& p) {
        if (!p.has_point) return;
        sum_x_ += p.x, sum_y_ += p.y, ++points_;
        if (p.community < 0) outside_.push_back({p.x, p.y});
    }
    // Only when ds.unconverted_lonlat_layers has a layer: otherwise nothing to find.
    void check(const Dataset& ds, Findings& findings) const;

private:
    struct Point {
        double x, y;
    };
    double sum_x_ = 0, sum_y_ = 0;
    std::size_t points_ = 0;      // buildings with a point-on-surface, placed or not
    std::vector<Point> outside_;  // of those in no community
};

void check_gcj02_offset(const Dataset& ds, const std::vector<Placement>& places, Findings& findings);

}  // namespace renozone
