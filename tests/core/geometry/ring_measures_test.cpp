#include "core/base/geos_handles.h"
#include "core/geometry/ring_measures.h"
#include "core/geometry/simple_ring.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace renozone {
namespace {

using test::closed_ring;

struct GeosMeasures {
    double area = 0;
    double x = 0, y = 0;
};

GeosMeasures measured_by_geos(GEOSContextHandle_t ctx, const std::vector<double>& xy) {
    GeomPtr polygon = test::polygon_of_ring(ctx, xy);
    GeosMeasures m;
    GEOSArea_r(ctx, polygon.get(), &m.area);
    GeomPtr point = own(ctx, GEOSPointOnSurface_r(ctx, polygon.get()));
    GEOSGeomGetX_r(ctx, point.get(), &m.x);
    GEOSGeomGetY_r(ctx, point.get(), &m.y);
    return m;
}

// Equal to the last bit, not nearly: a point-on-surface a hair away can fall
// on the other side of a community boundary.
void expect_as_geos(GEOSContextHandle_t ctx, const std::vector<double>& xy, std::vector<double>& scratch) {
    const GeosMeasures geos = measured_by_geos(ctx, xy);
    const PointXY point = ring_point_on_surface(xy.data(), xy.size() / 2, scratch);
    ASSERT_EQ(ring_area(xy.data(), xy.size() / 2), geos.area);
    ASSERT_EQ(point.x, geos.x);
    ASSERT_EQ(point.y, geos.y);
}

TEST(RingMeasures, SimpleShapes) {
    std::vector<double> scratch;
    const auto square = closed_ring({0, 0, 10, 0, 10, 10, 0, 10});
    EXPECT_EQ(ring_area(square.data(), 5), 100.0);
    const PointXY centre = ring_point_on_surface(square.data(), 5, scratch);
    EXPECT_EQ(centre.x, 5.0);
    EXPECT_EQ(centre.y, 5.0);
    // An L whose middle height (4) is a vertex ordinate: the scan line avoids
    // it, halfway between it and the next ordinate above (8), in the upright arm.
    const auto ell = closed_ring({0, 0, 10, 0, 10, 4, 4, 4, 4, 8, 0, 8});
    EXPECT_EQ(ring_area(ell.data(), 7), 56.0);
    const PointXY in_ell = ring_point_on_surface(ell.data(), 7, scratch);
    EXPECT_EQ(in_ell.y, 6.0);
    EXPECT_EQ(in_ell.x, 2.0);
}

// Random simple rings at Wulong's coordinates: rotated rectangles, L-shapes
// and star-shaped polygons with many vertices, as footprints come.
TEST(RingMeasures, AgreeWithGeosOnRandomFootprints) {
    GeosContext ctx;
    std::mt19937 rng(3245);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<double> scratch;
    int checked = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        const double cx = 474000 + 4000 * unit(rng), cy = 3244000 + 4000 * unit(rng);
        const double turn = 2 * std::numbers::pi * unit(rng);
        std::vector<std::pair<double, double>> local;
        switch (trial % 3) {
            case 0: {
                const double w = 5 + 40 * unit(rng), h = 5 + 20 * unit(rng);
                local = {{0, 0}, {w, 0}, {w, h}, {0, h}};
                break;
            }
            case 1: {
                const double w = 10 + 30 * unit(rng), h = 10 + 30 * unit(rng), a = w * (0.2 + 0.6 * unit(rng)),
                             b = h * (0.2 + 0.6 * unit(rng));
                local = {{0, 0}, {w, 0}, {w, b}, {a, b}, {a, h}, {0, h}};
                break;
            }
            default: {
                const int n = 3 + trial % 40;
                for (int i = 0; i < n; ++i) {
                    const double angle = 2 * std::numbers::pi * i / n, r = 3 + 30 * unit(rng);
                    local.push_back({r * std::cos(angle), r * std::sin(angle)});
                }
            }
        }
        std::vector<double> xy;
        for (auto [u, v] : local) {
            xy.push_back(cx + u * std::cos(turn) - v * std::sin(turn));
            xy.push_back(cy + u * std::sin(turn) + v * std::cos(turn));
        }
        xy = closed_ring(xy);
        if (!ring_certainly_simple(xy.data(), xy.size() / 2)) continue;
        SCOPED_TRACE("trial " + std::to_string(trial));
        expect_as_geos(ctx, xy, scratch);
        ++checked;
    }
    EXPECT_GT(checked, 15000);
}

// Axis-aligned rings on a lattice put vertices on the scan line and edges
// along it: the cases where counting a crossing once matters.
TEST(RingMeasures, AgreeWithGeosOnLatticeRings) {
    GeosContext ctx;
    std::mt19937 rng(476);
    std::vector<double> scratch;
    int checked = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        const std::vector<double> xy = test::random_lattice_ring(rng, 6, 9);
        if (!ring_certainly_simple(xy.data(), xy.size() / 2)) continue;
        SCOPED_TRACE("trial " + std::to_string(trial));
        expect_as_geos(ctx, xy, scratch);
        ++checked;
    }
    EXPECT_GT(checked, 1000);
}

}  // namespace
}  // namespace renozone
