#include "core/report/svg_path.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace renozone {
namespace {

struct Tenths {
    long long x, y;
    bool operator==(const Tenths&) const = default;
};

void append_tenths(std::string& out, long long t) {
    if (t < 0) out += '-';
    const long long a = std::llabs(t);
    out += std::to_string(a / 10);
    if (a % 10) {
        out += '.';
        out += static_cast<char>('0' + a % 10);
    }
}

// A minus sign separates numbers by itself; anything else needs a space.
void append_after(std::string& out, long long t) {
    if (t >= 0) out += ' ';
    append_tenths(out, t);
}

std::vector<Tenths> ring_tenths(GEOSContextHandle_t ctx, const GEOSGeometry* line, const MapFrame& frame) {
    std::vector<Tenths> points;
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, line);
    unsigned int n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n)) return points;
    points.reserve(n);
    for (unsigned int i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
        const Tenths t{std::llround(frame.px(x) * 10), std::llround(frame.py(y) * 10)};
        if (points.empty() || !(points.back() == t)) points.push_back(t);
    }
    return points;
}

void append_run(std::string& out, const std::vector<Tenths>& points, bool closed) {
    std::size_t n = points.size();
    if (closed && n > 1 && points.front() == points.back()) --n;  // "z" closes the ring
    if (n < (closed ? 3u : 2u)) return;
    out += 'M';
    append_tenths(out, points[0].x);
    append_after(out, points[0].y);
    out += 'l';
    for (std::size_t i = 1; i < n; ++i) {
        const long long dx = points[i].x - points[i - 1].x, dy = points[i].y - points[i - 1].y;
        if (i > 1 && dx >= 0) out += ' ';
        append_tenths(out, dx);
        append_after(out, dy);
    }
    if (closed) out += 'z';
}

void append_geometry(std::string& out, GEOSContextHandle_t ctx, const GEOSGeometry* g, const MapFrame& frame) {
    switch (GEOSGeomTypeId_r(ctx, g)) {
    case GEOS_POLYGON: {
        append_run(out, ring_tenths(ctx, GEOSGetExteriorRing_r(ctx, g), frame), true);
        const int holes = GEOSGetNumInteriorRings_r(ctx, g);
        for (int i = 0; i < holes; ++i) append_run(out, ring_tenths(ctx, GEOSGetInteriorRingN_r(ctx, g, i), frame), true);
        break;
    }
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
        append_run(out, ring_tenths(ctx, g, frame), false);
        break;
    case GEOS_MULTIPOLYGON:
    case GEOS_MULTILINESTRING:
    case GEOS_GEOMETRYCOLLECTION: {
        const int parts = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < parts; ++i) append_geometry(out, ctx, GEOSGetGeometryN_r(ctx, g, i), frame);
        break;
    }
    default:
        break;
    }
}

}  // namespace

MapFrame::MapFrame(double min_x, double min_y, double max_x, double max_y, double left, double top, double width,
                   double height)
    : min_x_(min_x), max_y_(max_y) {
    const double w = std::max(max_x - min_x, 1e-9), h = std::max(max_y - min_y, 1e-9);
    scale_ = std::min(width / w, height / h);
    offset_x_ = left + (width - w * scale_) / 2;
    offset_y_ = top + (height - h * scale_) / 2;
}

std::string svg_number(double value) {
    std::string out;
    append_tenths(out, std::llround(value * 10));
    return out == "-0" ? "0" : out;
}

void append_path_data(std::string& out, GEOSContextHandle_t ctx, const GEOSGeometry* geom, const MapFrame& frame) {
    if (geom) append_geometry(out, ctx, geom, frame);
}

std::string path_data(GEOSContextHandle_t ctx, const GEOSGeometry* geom, const MapFrame& frame) {
    std::string out;
    append_path_data(out, ctx, geom, frame);
    return out;
}

std::string polygon_points(GEOSContextHandle_t ctx, const GEOSGeometry* geom, const MapFrame& frame) {
    if (!geom) return {};
    const GEOSGeometry* polygon = geom;
    if (GEOSGeomTypeId_r(ctx, geom) == GEOS_MULTIPOLYGON) {
        if (GEOSGetNumGeometries_r(ctx, geom) != 1) return {};
        polygon = GEOSGetGeometryN_r(ctx, geom, 0);
    }
    if (GEOSGeomTypeId_r(ctx, polygon) != GEOS_POLYGON || GEOSGetNumInteriorRings_r(ctx, polygon) != 0) return {};
    auto points = ring_tenths(ctx, GEOSGetExteriorRing_r(ctx, polygon), frame);
    if (points.size() > 1 && points.front() == points.back()) points.pop_back();
    if (points.size() < 3) return {};
    std::string out;
    for (const auto& p : points) {
        if (!out.empty()) out += ' ';
        append_tenths(out, p.x);
        out += ',';
        append_tenths(out, p.y);
    }
    return out;
}

}  // namespace renozone
