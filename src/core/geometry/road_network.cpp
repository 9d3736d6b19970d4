#include "core/geometry/road_network.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace renozone {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

double distance(XY a, XY b) { return std::hypot(a.x - b.x, a.y - b.y); }

void for_each_line(GEOSContextHandle_t ctx, const GEOSGeometry* g, const auto& each) {
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) return each(g);
    for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i) for_each_line(ctx, GEOSGetGeometryN_r(ctx, g, i), each);
}

}  // namespace

RoadNetwork::RoadNetwork(GEOSContextHandle_t ctx, const std::vector<ContextFeature>& roads, double snap_m) : snap_m_(snap_m) {
    for (const auto& road : roads) {
        if (!road.geom) continue;
        for_each_line(ctx, road.geom.get(), [&](const GEOSGeometry* line) {
            const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, line);
            unsigned int size = 0;
            GEOSCoordSeq_getSize_r(ctx, seq, &size);
            int previous = -1;
            for (unsigned int i = 0; i < size; ++i) {
                XY p{};
                GEOSCoordSeq_getXY_r(ctx, seq, i, &p.x, &p.y);
                const int node = node_at(p);
                if (previous >= 0 && previous != node) link(previous, node);
                previous = node;
            }
        });
    }
}

void RoadNetwork::link(int a, int b) {
    // A long segment gets nodes every step_m_: places join the road beside
    // them instead of at a far vertex, which can be on the wrong side of a block.
    const XY from = nodes_[a], to = nodes_[b];
    const int pieces = std::max(1, static_cast<int>(std::ceil(distance(from, to) / step_m_)));
    int previous = a;
    for (int k = 1; k <= pieces; ++k) {
        const double t = double(k) / pieces;
        const int node = k == pieces ? b : node_at({from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t});
        if (node == previous) continue;
        const double length = distance(nodes_[previous], nodes_[node]);
        edges_[previous].push_back({node, length});
        edges_[node].push_back({previous, length});
        previous = node;
    }
}

int RoadNetwork::node_at(XY p) {
    double gap = 0;
    const int near = nearest_node(p, &gap);
    if (near >= 0 && gap <= snap_m_) return near;
    nodes_.push_back(p);
    edges_.emplace_back();
    const auto cx = static_cast<long long>(std::floor(p.x / cell_m_));
    const auto cy = static_cast<long long>(std::floor(p.y / cell_m_));
    cells_[cell_key(cx, cy)].push_back(static_cast<int>(nodes_.size() - 1));
    return static_cast<int>(nodes_.size() - 1);
}

int RoadNetwork::nearest_node(XY p, double* gap) const {
    if (nodes_.empty()) return -1;
    const auto cx = static_cast<long long>(std::floor(p.x / cell_m_));
    const auto cy = static_cast<long long>(std::floor(p.y / cell_m_));
    int best = -1;
    double best_d = infinity;
    // Rings of cells outward until no closer node can exist beyond the ring.
    for (long long ring = 0; ring < 2000; ++ring) {
        for (long long dx = -ring; dx <= ring; ++dx) {
            for (long long dy = -ring; dy <= ring; ++dy) {
                if (std::max(std::llabs(dx), std::llabs(dy)) != ring) continue;
                auto it = cells_.find(cell_key(cx + dx, cy + dy));
                if (it == cells_.end()) continue;
                for (int n : it->second) {
                    const double d = distance(p, nodes_[n]);
                    if (d < best_d) best_d = d, best = n;
                }
            }
        }
        if (best >= 0 && best_d <= ring * cell_m_) break;
    }
    if (gap) *gap = best_d;
    return best;
}

std::vector<double> RoadNetwork::dijkstra(int source, double limit) const {
    std::vector<double> dist(nodes_.size(), infinity);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    dist[source] = 0;
    queue.push({0, source});
    while (!queue.empty()) {
        const auto [d, n] = queue.top();
        queue.pop();
        if (d > dist[n] || d > limit) continue;
        for (const auto& [next, length] : edges_[n]) {
            const double candidate = d + length;
            if (candidate < dist[next] && candidate <= limit) {
                dist[next] = candidate;
                queue.push({candidate, next});
            }
        }
    }
    return dist;
}

std::vector<double> RoadNetwork::distances(XY from, const std::vector<XY>& targets, double limit) const {
    std::vector<double> out(targets.size(), infinity);
    double access = 0;
    const int source = nearest_node(from, &access);
    if (source < 0 || access > limit) return out;
    const auto along = dijkstra(source, limit - access);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        double egress = 0;
        const int node = nearest_node(targets[i], &egress);
        const double total = access + along[node] + egress;
        if (total <= limit) out[i] = total;
    }
    return out;
}

}  // namespace renozone
