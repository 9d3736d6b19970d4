#include "core/geometry/ring_measures.h"

#include <algorithm>
#include <cmath>

namespace renozone {

double ring_area(const double* xy, std::size_t points) {
    if (points < 3) return 0.0;
    const double x0 = xy[0];
    double sum = 0.0;
    for (std::size_t i = 1; i + 1 < points; ++i) sum += (xy[2 * i] - x0) * (xy[2 * i - 1] - xy[2 * i + 3]);
    return std::fabs(sum / 2.0);
}

namespace {

// Halfway between the vertex ordinates nearest the middle of the ring's height
// from below and from above: no vertex lies on this line unless the ring is flat.
double scan_line_y(const double* xy, std::size_t points) {
    double low = xy[1], high = xy[1];
    for (std::size_t i = 0; i < points; ++i) low = std::min(low, xy[2 * i + 1]), high = std::max(high, xy[2 * i + 1]);
    const double centre = (low + high) / 2.0;
    for (std::size_t i = 0; i < points; ++i) {
        const double y = xy[2 * i + 1];
        if (y <= centre) {
            if (y > low) low = y;
        } else if (y < high) {
            high = y;
        }
    }
    return (high + low) / 2.0;
}

// Where the edge (x0,y0)-(x1,y1) crosses the line y = scan, when it counts as a
// crossing: horizontal edges never do, and a vertex on the line counts once.
bool edge_crossing(double x0, double y0, double x1, double y1, double scan, double& x) {
    if ((y0 > scan && y1 > scan) || (y0 < scan && y1 < scan) || y0 == y1) return false;
    if ((y0 == scan && y1 < scan) || (y1 == scan && y0 < scan)) return false;
    x = x0 == x1 ? x0 : x0 + (scan - y0) / ((y1 - y0) / (x1 - x0));
    return true;
}

}  // namespace

PointXY ring_point_on_surface(const double* xy, std::size_t points, std::vector<double>& crossings) {
    PointXY best{xy[0], xy[1]};
    if (points < 2) return best;
    const double scan = scan_line_y(xy, points);
    crossings.clear();
    for (std::size_t i = 1; i < points; ++i) {
        double x;
        if (edge_crossing(xy[2 * i - 2], xy[2 * i - 1], xy[2 * i], xy[2 * i + 1], scan, x)) crossings.push_back(x);
    }
    std::sort(crossings.begin(), crossings.end());
    double widest = 0.0;
    for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
        const double width = crossings[i + 1] - crossings[i];
        if (width > widest) {
            widest = width;
            best = {(crossings[i] + crossings[i + 1]) / 2.0, scan};
        }
    }
    return best;
}

}  // namespace renozone
