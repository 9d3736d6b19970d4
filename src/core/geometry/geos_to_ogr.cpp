#include "core/geometry/geos_to_ogr.h"

#include <vector>

namespace renozone {
namespace {

bool copy_ring(GEOSContextHandle_t ctx, const GEOSGeometry* ring, OGRLinearRing& out, std::vector<double>& buffer) {
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n) || n == 0) return false;
    buffer.resize(2 * static_cast<std::size_t>(n));
    if (!GEOSCoordSeq_copyToBuffer_r(ctx, seq, buffer.data(), 0, 0)) return false;
    out.setPoints(static_cast<int>(n), reinterpret_cast<const OGRRawPoint*>(buffer.data()));
    return true;
}

bool copy_polygon(GEOSContextHandle_t ctx, const GEOSGeometry* polygon, OGRMultiPolygon& out, std::vector<double>& buffer) {
    if (GEOSGeomTypeId_r(ctx, polygon) != GEOS_POLYGON || GEOSisEmpty_r(ctx, polygon) == 1) return false;
    auto part = std::make_unique<OGRPolygon>();
    auto shell = std::make_unique<OGRLinearRing>();
    if (!copy_ring(ctx, GEOSGetExteriorRing_r(ctx, polygon), *shell, buffer)) return false;
    part->addRingDirectly(shell.release());
    for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx, polygon); ++i) {
        auto hole = std::make_unique<OGRLinearRing>();
        if (!copy_ring(ctx, GEOSGetInteriorRingN_r(ctx, polygon, i), *hole, buffer)) return false;
        part->addRingDirectly(hole.release());
    }
    return out.addGeometryDirectly(part.release()) == OGRERR_NONE;
}

}  // namespace

std::unique_ptr<OGRGeometry> to_ogr_multipolygon(GEOSContextHandle_t ctx, const GEOSGeometry* geom) {
    if (!geom) return nullptr;
    thread_local std::vector<double> buffer;
    auto multi = std::make_unique<OGRMultiPolygon>();
    bool copied = GEOSHasZ_r(ctx, geom) == 0;
    const int type = GEOSGeomTypeId_r(ctx, geom);
    if (copied && type == GEOS_POLYGON) {
        copied = copy_polygon(ctx, geom, *multi, buffer);
    } else if (copied && type == GEOS_MULTIPOLYGON) {
        for (int i = 0; copied && i < GEOSGetNumGeometries_r(ctx, geom); ++i)
            copied = copy_polygon(ctx, GEOSGetGeometryN_r(ctx, geom, i), *multi, buffer);
    } else {
        copied = false;
    }
    if (copied) return multi;
    // Anything unusual takes OGR's own conversion.
    std::unique_ptr<OGRGeometry> g(OGRGeometryFactory::createFromGEOS(ctx, const_cast<GEOSGeometry*>(geom)));
    if (!g) return nullptr;
    return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::forceToMultiPolygon(g.release()));
}

}  // namespace renozone
