#include "geometry_reader.h"

#include "crs.h"
#include "errors.h"
#include "gcj02.h"

#include <cmath>
#include <vector>

namespace renozone {
namespace {

// Applies the GCJ-02 → WGS84 inverse to lon/lat coordinates in place.
class Gcj02ToWgs84 final : public OGRCoordinateTransformation {
public:
    explicit Gcj02ToWgs84(const OGRSpatialReference& srs) : srs_(srs.Clone()) {}
    ~Gcj02ToWgs84() override { srs_->Release(); }
    OGRCoordinateTransformation* Clone() const override { return new Gcj02ToWgs84(*srs_); }
    OGRSpatialReference* GetSourceCS() override { return srs_; }
    OGRSpatialReference* GetTargetCS() override { return srs_; }
    OGRCoordinateTransformation* GetInverse() const override { return nullptr; }
    int Transform(int count, double* x, double* y, double*, double*, int* success) override {
        for (int i = 0; i < count; ++i) {
            const LonLat p = gcj02_to_wgs84({x[i], y[i]});
            x[i] = p.lon;
            y[i] = p.lat;
            if (success) success[i] = TRUE;
        }
        return TRUE;
    }

private:
    OGRSpatialReference* srs_;
};

bool all_finite(const OGRGeometry& g) {
    OGREnvelope env;
    g.getEnvelope(&env);
    return std::isfinite(env.MinX) && std::isfinite(env.MaxX) && std::isfinite(env.MinY) && std::isfinite(env.MaxY);
}

}  // namespace

GeomPtr polygonal_part(GEOSContextHandle_t ctx, GeomPtr geom) {
    const int type = GEOSGeomTypeId_r(ctx, geom.get());
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) return geom;
    std::vector<GEOSGeometry*> polygons;
    const int n = GEOSGetNumGeometries_r(ctx, geom.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, geom.get(), i);
        const int part_type = GEOSGeomTypeId_r(ctx, part);
        if (part_type == GEOS_POLYGON) {
            polygons.push_back(GEOSGeom_clone_r(ctx, part));
        } else if (part_type == GEOS_MULTIPOLYGON) {
            for (int k = 0; k < GEOSGetNumGeometries_r(ctx, part); ++k)
                polygons.push_back(GEOSGeom_clone_r(ctx, GEOSGetGeometryN_r(ctx, part, k)));
        }
    }
    if (polygons.empty()) return own(ctx, GEOSGeom_createEmptyPolygon_r(ctx));
    if (polygons.size() == 1) return own(ctx, polygons.front());
    return own(ctx, GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, polygons.data(),
                                                static_cast<unsigned>(polygons.size())));
}

GeometryReader::GeometryReader(GEOSContextHandle_t ctx, const OGRSpatialReference& source,
                               const OGRSpatialReference& target, bool gcj02, std::string layer, std::string where)
    : ctx_(ctx), layer_(std::move(layer)), where_(std::move(where)) {
    if (gcj02) {
        if (!source.IsGeographic())
            throw InputError(where_ + ": --" + layer_ + "-gcj02 needs longitude/latitude coordinates, not " +
                             describe_srs(source));
        from_gcj02_ = std::make_unique<Gcj02ToWgs84>(source);
    }
    to_target_.reset(make_transform(source, target, where_).release());
}

GeometryReader::~GeometryReader() = default;

GeomPtr GeometryReader::from_rings(const FeatureKey& feature, Findings& findings) {
    GeomPtr geom = rings_.to_geos(ctx_);
    if (!geom) return nullptr;
    if (rings_.certainly_valid()) return geom;
    return valid_or_repaired(std::move(geom), feature, findings);
}

GeomPtr GeometryReader::read_polygonal_wkb(const std::uint8_t* wkb, std::size_t size, const FeatureKey& feature,
                                           Findings& findings) {
    if (wkb && !needs_transform() && rings_.read_wkb(wkb, size))
        if (GeomPtr geom = from_rings(feature, findings)) return geom;
    OGRGeometry* parsed = nullptr;
    if (wkb) OGRGeometryFactory::createFromWkb(wkb, nullptr, &parsed, size);
    std::unique_ptr<OGRGeometry> owned(parsed);
    if (wkb && !owned) {
        const FeatureRef ref = feature.ref();
        findings.add(Severity::error, "unreadable_geometry", layer_, ref.id,
                     where_ + ": " + ref.label + ": " + "the geometry cannot be read (corrupt WKB)");
        return nullptr;
    }
    return read_polygonal(owned.get(), feature, findings);
}

GeomPtr GeometryReader::read_polygonal(const OGRGeometry* geometry, const FeatureKey& feature, Findings& findings) {
    if (geometry && !needs_transform() && rings_.read(*geometry))
        if (GeomPtr geom = from_rings(feature, findings)) return geom;
    auto where = [&](const FeatureRef& ref) { return where_ + ": " + ref.label + ": "; };
    if (!geometry || geometry->IsEmpty()) {
        const FeatureRef ref = feature.ref();
        findings.add(Severity::warning, "empty_geometry", layer_, ref.id,
                     where(ref) + "empty geometry; kept in the tables, left off the map");
        return nullptr;
    }
    const auto flat = wkbFlatten(geometry->getGeometryType());
    const bool curved_polygon = flat == wkbCurvePolygon || flat == wkbMultiSurface;
    if (flat != wkbPolygon && flat != wkbMultiPolygon && !curved_polygon) {
        const FeatureRef ref = feature.ref();
        findings.add(Severity::error, "wrong_geometry_type", layer_, ref.id,
                     where(ref) + "geometry is " + OGRGeometryTypeToName(geometry->getGeometryType()) +
                         ", expected Polygon or MultiPolygon");
        return nullptr;
    }
    if (!all_finite(*geometry)) {
        const FeatureRef ref = feature.ref();
        findings.add(Severity::error, "non_finite_coordinates", layer_, ref.id, where(ref) + "coordinates are NaN or infinite");
        return nullptr;
    }
    std::unique_ptr<OGRGeometry> working(curved_polygon ? geometry->getLinearGeometry() : geometry->clone());
    working->flattenTo2D();
    if ((from_gcj02_ && working->transform(from_gcj02_.get()) != OGRERR_NONE) ||
        (to_target_ && working->transform(to_target_.get()) != OGRERR_NONE) || !all_finite(*working)) {
        const FeatureRef ref = feature.ref();
        findings.add(Severity::error, "transform_failed", layer_, ref.id,
                     where(ref) + "coordinates cannot be transformed to the working CRS "
                                  "(outside the CRS's area of use?)");
        return nullptr;
    }
    GeomPtr geom = own(ctx_, working->exportToGEOS(ctx_));
    if (!geom) {
        const FeatureRef ref = feature.ref();
        findings.add(Severity::error, "unreadable_geometry", layer_, ref.id, where(ref) + "GEOS cannot read this geometry");
        return nullptr;
    }
    return valid_or_repaired(std::move(geom), feature, findings);
}

GeomPtr GeometryReader::valid_or_repaired(GeomPtr geom, const FeatureKey& feature, Findings& findings) {
    if (GEOSisValid_r(ctx_, geom.get()) == 1) return geom;

    const FeatureRef ref = feature.ref();
    const std::string where = where_ + ": " + ref.label + ": ";
    char* reason_c = GEOSisValidReason_r(ctx_, geom.get());
    const std::string reason = reason_c ? reason_c : "invalid";
    GEOSFree_r(ctx_, reason_c);
    double area_before = 0;
    GEOSArea_r(ctx_, geom.get(), &area_before);
    GeomPtr fixed = own(ctx_, GEOSMakeValid_r(ctx_, geom.get()));
    if (!fixed) {
        findings.add(Severity::error, "unrepairable_geometry", layer_, ref.id,
                     where + "invalid geometry (" + reason + ") that GEOS cannot repair");
        return nullptr;
    }
    fixed = polygonal_part(ctx_, std::move(fixed));
    double area_after = 0;
    GEOSArea_r(ctx_, fixed.get(), &area_after);
    findings.repairs.push_back({layer_, ref.id, reason, area_before, area_after});
    if (GEOSisEmpty_r(ctx_, fixed.get()) == 1) {
        findings.add(Severity::warning, "zero_area_geometry", layer_, ref.id,
                     where + "geometry has no area after repair (" + reason + ")");
        return nullptr;
    }
    return fixed;
}

}  // namespace renozone
