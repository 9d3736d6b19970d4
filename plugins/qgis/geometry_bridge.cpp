#include "geometry_bridge.h"

#include "core/base/errors.h"
#include "engine_text.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>

namespace renozone::plugin {
namespace {

struct WkbReaderDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSWKBReader* r) const { GEOSWKBReader_destroy_r(ctx, r); }
};
struct WkbWriterDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSWKBWriter* w) const { GEOSWKBWriter_destroy_r(ctx, w); }
};
struct WktWriterDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSWKTWriter* w) const { GEOSWKTWriter_destroy_r(ctx, w); }
};

}  // namespace

UnitShape checked_shape(const LoadedDistrict& loaded, const QgsGeometry& geometry, const QgsCoordinateReferenceSystem& crs,
                        const QgsCoordinateTransformContext& transforms, ShapeUse use, const QString& label) {
    const District& district = loaded.district();
    const std::string where = ss(label);
    if (geometry.isNull()) throw InputError(where + (use == ShapeUse::unit ? ": the unit polygon is empty" : ": the site is empty"));
    QgsGeometry working = geometry;
    if (QgsAbstractGeometry* g = working.get()) {
        g->dropZValue();
        g->dropMValue();
    }
    if (crs.isValid() && crs != loaded.working_crs()) {
        try {
            working.transform(QgsCoordinateTransform(crs, loaded.working_crs(), transforms));
        } catch (const QgsCsException&) {
            throw InputError(where + ": cannot be transformed to the working CRS (" + ss(loaded.working_crs().authid()) + ")");
        }
    }
    const QByteArray wkb = working.asWkb();
    GEOSContextHandle_t ctx = district.ctx();
    std::unique_ptr<GEOSWKBReader, WkbReaderDeleter> reader(GEOSWKBReader_create_r(ctx), WkbReaderDeleter{ctx});
    GeomPtr geom = own(ctx, GEOSWKBReader_read_r(ctx, reader.get(), reinterpret_cast<const unsigned char*>(wkb.constData()),
                                                 static_cast<size_t>(wkb.size())));
    if (!geom) throw InputError(where + ": GEOS cannot read this geometry");
    check_unit_geometry(district, geom.get(), where, use);
    return UnitShape{where, "", std::move(geom)};
}

QgsGeometry to_qgis(const District& district, const GEOSGeometry* geometry) {
    if (!geometry) return {};
    GEOSContextHandle_t ctx = district.ctx();
    std::unique_ptr<GEOSWKBWriter, WkbWriterDeleter> writer(GEOSWKBWriter_create_r(ctx), WkbWriterDeleter{ctx});
    size_t size = 0;
    unsigned char* wkb = GEOSWKBWriter_write_r(ctx, writer.get(), geometry, &size);
    QgsGeometry out;
    out.fromWkb(QByteArray(reinterpret_cast<const char*>(wkb), static_cast<int>(size)));
    GEOSFree_r(ctx, wkb);
    return out;
}

QString engine_wkt(const District& district, const GEOSGeometry* geometry) {
    GEOSContextHandle_t ctx = district.ctx();
    std::unique_ptr<GEOSWKTWriter, WktWriterDeleter> writer(GEOSWKTWriter_create_r(ctx), WktWriterDeleter{ctx});
    GEOSWKTWriter_setTrim_r(ctx, writer.get(), 1);
    GEOSWKTWriter_setRoundingPrecision_r(ctx, writer.get(), -1);
    char* text = GEOSWKTWriter_write_r(ctx, writer.get(), geometry);
    const QString wkt = QString::fromUtf8(text);
    GEOSFree_r(ctx, text);
    return wkt;
}

}  // namespace renozone::plugin
