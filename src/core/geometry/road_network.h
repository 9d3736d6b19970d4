// Walking distance along the road layer: a graph of the road vertices (ends
// closer than a snapping tolerance are one node, long segments get a node every
// 10 m) searched with Dijkstra.
// A place reaches the network at its nearest node in a straight line.
#pragma once

#include "core/model/model.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace renozone {

struct XY {
    double x;
    double y;
};

class RoadNetwork {
public:
    RoadNetwork(GEOSContextHandle_t ctx, const std::vector<ContextFeature>& roads, double snap_m = 0.5);

    bool empty() const { return nodes_.empty(); }
    std::size_t node_count() const { return nodes_.size(); }

    // Distance from `from` to each target: straight to the nearest node, along the
    // roads, straight from the target's nearest node. Beyond `limit` → infinity.
    std::vector<double> distances(XY from, const std::vector<XY>& targets, double limit) const;

private:
    int node_at(XY p);                       // find or add, snapping
    void link(int a, int b);                 // edge a–b, split into pieces of at most step_m_
    int nearest_node(XY p, double* gap) const;
    std::vector<double> dijkstra(int source, double limit) const;
    long long cell_key(long long cx, long long cy) const { return cx * 73856093LL ^ cy * 19349663LL; }

    double snap_m_;
    double step_m_ = 10.0;
    double cell_m_ = 50.0;
    std::vector<XY> nodes_;
    std::vector<std::vector<std::pair<int, double>>> edges_;
    std::unordered_map<long long, std::vector<int>> cells_;
};

}  // namespace renozone
