#include "geos_conversion.h"

#include <QPainterPath>

#include <vector>

namespace renozone::viewer {
namespace {

template <typename Sink>
void each_part(GEOSContextHandle_t ctx, const GEOSGeometry* g, Sink&& sink) {
    switch (GEOSGeomTypeId_r(ctx, g)) {
        case GEOS_POINT:
        case GEOS_LINESTRING:
        case GEOS_LINEARRING: sink(GEOSGeom_getCoordSeq_r(ctx, g)); break;
        case GEOS_POLYGON: {
            sink(GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, g)));
            const int holes = GEOSGetNumInteriorRings_r(ctx, g);
            for (int i = 0; i < holes; ++i) sink(GEOSGeom_getCoordSeq_r(ctx, GEOSGetInteriorRingN_r(ctx, g, i)));
            break;
        }
        default: {
            const int n = GEOSGetNumGeometries_r(ctx, g);
            for (int i = 0; i < n; ++i) each_part(ctx, GEOSGetGeometryN_r(ctx, g, i), sink);
        }
    }
}

std::vector<double> coordinates(GEOSContextHandle_t ctx, const GEOSCoordSequence* seq) {
    unsigned size = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &size) || size == 0) return {};
    std::vector<double> xy(2 * size);
    GEOSCoordSeq_copyToBuffer_r(ctx, seq, xy.data(), 0, 0);
    return xy;
}

}  // namespace

void add_geos_feature(GeometryStore& store, GEOSContextHandle_t ctx, const GEOSGeometry* geom) {
    if (geom && !GEOSisEmpty_r(ctx, geom)) {
        each_part(ctx, geom, [&](const GEOSCoordSequence* seq) {
            const auto xy = coordinates(ctx, seq);
            if (!xy.empty()) store.add_part(xy.data(), xy.size() / 2);
        });
    }
    store.finish_feature();
}

QPointF label_anchor(GEOSContextHandle_t ctx, const GEOSGeometry* geom) {
    if (!geom || GEOSisEmpty_r(ctx, geom)) return {};
    GeomPtr p = own(ctx, GEOSPointOnSurface_r(ctx, geom));
    double x = 0, y = 0;
    if (p && GEOSGeomGetX_r(ctx, p.get(), &x) && GEOSGeomGetY_r(ctx, p.get(), &y)) return {x, y};
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    GEOSGeom_getXMin_r(ctx, geom, &x0), GEOSGeom_getYMin_r(ctx, geom, &y0);
    GEOSGeom_getXMax_r(ctx, geom, &x1), GEOSGeom_getYMax_r(ctx, geom, &y1);
    return {(x0 + x1) / 2, (y0 + y1) / 2};
}

GeomPtr polygon_from_ring(GEOSContextHandle_t ctx, const QPolygonF& ring) {
    QPolygonF closed = ring;
    if (closed.size() < 3) return GeomPtr(nullptr, GeomDeleter{ctx});
    if (closed.first() != closed.last()) closed << closed.first();
    std::vector<double> xy;
    xy.reserve(closed.size() * 2);
    for (const QPointF& p : closed) xy.push_back(p.x()), xy.push_back(p.y());
    GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), closed.size(), 0, 0);
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(ctx, seq);
    return own(ctx, GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0));
}

GeomPtr point_geometry(GEOSContextHandle_t ctx, QPointF p) {
    return own(ctx, GEOSGeom_createPointFromXY_r(ctx, p.x(), p.y()));
}

QPainterPath painter_path(GEOSContextHandle_t ctx, const GEOSGeometry* geom) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (!geom) return path;
    each_part(ctx, geom, [&](const GEOSCoordSequence* seq) {
        const auto xy = coordinates(ctx, seq);
        QPolygonF part;
        for (std::size_t i = 0; i + 1 < xy.size(); i += 2) part << QPointF(xy[i], xy[i + 1]);
        if (!part.isEmpty()) path.addPolygon(part);
    });
    return path;
}

}  // namespace renozone::viewer
