// A generated city for the viewer's frame-time bench: blocks of buildings
// (rotated rectangles and L shapes) with a community per block and roads
// between blocks, in EPSG:4545 metres, with attributes the shipped styles use.
#pragma once

#include "map_layer.h"

#include <memory>

namespace renozone::viewer::bench {

struct SyntheticCity {
    std::shared_ptr<MapLayer> communities, roads, buildings;
    MapRect extent;
};

// About `buildings` buildings (rounded to whole blocks of 100); deterministic.
SyntheticCity make_synthetic_city(long long buildings);

}  // namespace renozone::viewer::bench
