// Where a building lies: its community and its footprint's measures.
#pragma once

namespace renozone {

struct Placement {
    bool has_footprint = false;  // the building has a (valid, polygonal) footprint
    int community = -1;          // index into Dataset::communities, -1: in none
    int containing = 0;          // communities containing the point (>1: they overlap)
    double footprint_m2 = 0;
    double share_inside = 0;     // of the footprint, inside the chosen community
    bool has_point = false;      // the point-on-surface, when the building has a footprint
    double x = 0;
    double y = 0;
};

}  // namespace renozone
