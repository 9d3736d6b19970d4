#include "core/io/geometry_reader.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/base/text_utils.h"
#include "core/geometry/bow_tie.h"
#include "core/geometry/crs.h"
#include "core/geometry/gcj02.h"
#include "core/io/row_batch.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <optional>
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

// The CRS's area of use (lon/lat) grown by `margin_deg`, in the CRS's own
// coordinates; not init when the CRS does not say or the bounds cannot be projected.
OGREnvelope area_of_use_in(const OGRSpatialReference& srs, double margin_deg) {
    OGREnvelope env;
    double west, south, east, north;
    if (!srs.GetAreaOfUse(&west, &south, &east, &north, nullptr) || west > east) return env;
    west = std::max(-180.0, west - margin_deg), east = std::min(180.0, east + margin_deg);
    south = std::max(-90.0, south - margin_deg), north = std::min(90.0, north + margin_deg);
    OGRSpatialReference lonlat;
    lonlat.CopyGeogCSFrom(&srs);
    lonlat.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&lonlat, &srs));
    double x0, y0, x1, y1;
    if (!ct || !ct->TransformBounds(west, south, east, north, &x0, &y0, &x1, &y1, 21)) return env;
    env.MinX = x0, env.MinY = y0, env.MaxX = x1, env.MaxY = y1;
    return env;
}

// area_of_use_in for each CRS once per process: PROJ takes milliseconds to
// build the lon/lat transformation, and every reader (one per layer and per
// loader thread) asks for the same few CRSs.
OGREnvelope remembered_area_of_use_in(const OGRSpatialReference& srs, double margin_deg) {
    std::string key = std::to_string(margin_deg) + '\n';
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (authority && code) {
        key += std::string(authority) + ':' + code;  // a code names one area of use; WKT text costs more than the look-up
    } else if (const auto wkt = wkt2_of(srs)) {
        key += *wkt;
    } else {
        return area_of_use_in(srs, margin_deg);
    }
    static std::mutex mutex;
    static std::map<std::string, OGREnvelope> remembered;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (auto it = remembered.find(key); it != remembered.end()) return it->second;
    }
    const OGREnvelope env = area_of_use_in(srs, margin_deg);
    const std::lock_guard<std::mutex> lock(mutex);
    if (remembered.size() >= 256) remembered.clear();  // as make_transform's: CRSs without end must not grow the process
    return remembered.emplace(key, env).first->second;
}

// Calls visit(x, y) for every vertex; stops early when it returns false.
// Returns false when stopped.
template <typename Visit>
bool every_vertex(const OGRGeometry& g, Visit&& visit) {
    const auto flat = wkbFlatten(g.getGeometryType());
    if (flat == wkbPoint) return g.IsEmpty() || visit(g.toPoint()->getX(), g.toPoint()->getY());
    if (const auto* curve = dynamic_cast<const OGRSimpleCurve*>(&g)) {
        for (int i = 0; i < curve->getNumPoints(); ++i)
            if (!visit(curve->getX(i), curve->getY(i))) return false;
        return true;
    }
    if (flat == wkbCompoundCurve) {
        for (const auto* part : *g.toCompoundCurve())
            if (!every_vertex(*part, visit)) return false;
        return true;
    }
    if (OGR_GT_IsSubClassOf(flat, wkbCurvePolygon)) {
        for (const auto* ring : *g.toCurvePolygon())
            if (!every_vertex(*ring, visit)) return false;
        return true;
    }
    if (OGR_GT_IsSubClassOf(flat, wkbGeometryCollection)) {
        for (const auto* part : *g.toGeometryCollection())
            if (!every_vertex(*part, visit)) return false;
        return true;
    }
    return true;
}

long long vertex_count(const OGRGeometry& g) {
    long long n = 0;
    every_vertex(g, [&](double, double) { return ++n, true; });
    return n;
}

// Every vertex, not the envelope: OGR's envelope skips NaN.
bool all_finite(const OGRGeometry& g) {
    return every_vertex(g, [](double x, double y) { return std::isfinite(x) && std::isfinite(y); });
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
    : ctx_(ctx), source_crs_(describe_srs(source)), area_of_use_(remembered_area_of_use_in(source, 2.0)),
      layer_(std::move(layer)), where_(std::move(where)) {
    take_last_gdal_error();  // a CRS without a usable area of use is not the feature's fault
    if (gcj02) {
        if (!source.IsGeographic())
            throw InputError(where_ + ": " + slot(Control::layer_gcj02, layer_) + " needs longitude/latitude coordinates, not " +
                             describe_srs(source));
        from_gcj02_ = std::make_unique<Gcj02ToWgs84>(source);
    }
    to_target_.reset(make_transform(source, target, where_).release());
}

GeometryReader::~GeometryReader() = default;

bool GeometryReader::outside_area_of_use(const OGRGeometry& geometry) const {
    if (!area_of_use_.IsInit()) return false;
    OGREnvelope env;
    geometry.getEnvelope(&env);
    return !area_of_use_.Contains(env);
}

namespace {

bool type_matches(OGRwkbGeometryType flat, GeometryKind kind) {
    switch (kind) {
        case GeometryKind::polygonal:
            return flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon || flat == wkbMultiSurface;
        case GeometryKind::lineal:
            return flat == wkbLineString || flat == wkbMultiLineString || flat == wkbCompoundCurve ||
                   flat == wkbCircularString || flat == wkbMultiCurve;
        case GeometryKind::puntal:
            return flat == wkbPoint || flat == wkbMultiPoint;
    }
    return false;
}

Problem kind_names(GeometryKind kind) {
    switch (kind) {
        case GeometryKind::polygonal: return {"Polygon or MultiPolygon", "面（Polygon 或 MultiPolygon）"};
        case GeometryKind::lineal: return {"LineString or MultiLineString", "线（LineString 或 MultiLineString）"};
        case GeometryKind::puntal: return {"Point or MultiPoint", "点（Point 或 MultiPoint）"};
    }
    return {};
}

}  // namespace

// The plain case read into rings_, taken straight to GEOS with validity
// proven or asked. Nothing (take the general road) when the rings need a check
// the general road spells out: too many vertices, outside the CRS's area of use.
bool GeometryReader::rings_need_no_check() const {
    if (rings_.point_count() > std::size_t(max_vertices_per_feature)) return false;
    if (!area_of_use_.IsInit()) return true;
    const Envelope e = rings_.envelope();
    OGREnvelope env;
    env.MinX = e.min_x, env.MaxX = e.max_x, env.MinY = e.min_y, env.MaxY = e.max_y;
    return area_of_use_.Contains(env);
}

std::optional<GeomPtr> GeometryReader::from_rings(const FeatureKey& feature, Findings& findings) {
    if (!rings_need_no_check()) return std::nullopt;
    GeomPtr geom = rings_.to_geos(ctx_);
    if (!geom) return std::nullopt;
    if (rings_.certainly_valid()) return geom;
    return valid_or_repaired(std::move(geom), feature, findings);
}

GeomPtr GeometryReader::read_polygonal_wkb(const std::uint8_t* wkb, std::size_t size, const FeatureKey& feature,
                                           Findings& findings) {
    if (wkb && !needs_transform() && rings_.read_wkb(wkb, size))
        if (std::optional<GeomPtr> geom = from_rings(feature, findings)) return std::move(*geom);
    OGRGeometry* parsed = nullptr;
    if (wkb) OGRGeometryFactory::createFromWkb(wkb, nullptr, &parsed, size);
    std::unique_ptr<OGRGeometry> owned(parsed);
    if (wkb && !owned) throw ArrowStreamTrouble();  // read as an OGR feature, GDAL names what is wrong
    return read_polygonal(owned.get(), feature, findings);
}

GeometryReader::Footprint GeometryReader::read_footprint(const OGRGeometry* geometry, const FeatureKey& feature,
                                                         Findings& findings) {
    if (geometry && !needs_transform() && rings_.read(*geometry) && rings_.certainly_valid() && rings_need_no_check())
        return {&rings_, nullptr};
    return {nullptr, read_polygonal(geometry, feature, findings)};
}

GeometryReader::Footprint GeometryReader::read_footprint_wkb(const std::uint8_t* wkb, std::size_t size,
                                                             const FeatureKey& feature, Findings& findings) {
    if (wkb && !needs_transform() && rings_.read_wkb(wkb, size) && rings_.certainly_valid() && rings_need_no_check())
        return {&rings_, nullptr};
    return {nullptr, read_polygonal_wkb(wkb, size, feature, findings)};
}

GeomPtr GeometryReader::read(const OGRGeometry* geometry, const FeatureKey& key, Findings& findings,
                             GeometryKind kind) {
    if (kind == GeometryKind::polygonal && geometry && !needs_transform() && rings_.read(*geometry))
        if (std::optional<GeomPtr> geom = from_rings(key, findings)) return std::move(*geom);
    // Past the fast road the feature's name is spelled once: every message may need it.
    const FeatureRef feature = key.ref();
    const std::string& feature_id = feature.id;
    const std::string where = where_ + ": " + feature.label + ": ";
    if (!geometry || geometry->IsEmpty()) {
        findings.add(Severity::warning, "empty_geometry", layer_, feature_id,
                     where, Problem{"empty geometry; kept in the tables, left off the map",
                                    "几何为空；保留在表中，不绘制在地图上"});
        return nullptr;
    }
    if (!type_matches(wkbFlatten(geometry->getGeometryType()), kind)) {
        const std::string type = OGRGeometryTypeToName(geometry->getGeometryType());
        const Problem expected = kind_names(kind);
        findings.add(Severity::error, "wrong_geometry_type", layer_, feature_id,
                     where, Problem{"geometry is " + type + ", expected " + expected.en,
                                    "几何类型为 " + type + "，应为" + expected.zh});
        return nullptr;
    }
    if (!all_finite(*geometry)) {
        findings.add(Severity::error, "non_finite_coordinates", layer_, feature_id,
                     where, Problem{"coordinates are NaN or infinite", "坐标为 NaN 或无穷大"});
        return nullptr;
    }
    if (const long long vertices = vertex_count(*geometry); vertices > max_vertices_per_feature) {
        const std::string count = format_number(double(vertices), 0), most = format_number(double(max_vertices_per_feature), 0);
        findings.add(Severity::error, "too_many_vertices", layer_, feature_id,
                     where, Problem{"has " + count + " vertices, more than the " + most + " renozone accepts; simplify it first",
                                    "有 " + count + " 个顶点，超过 renozone 接受的 " + most + " 个；请先简化"});
        return nullptr;
    }
    if (outside_area_of_use(*geometry)) {
        OGREnvelope env;
        geometry->getEnvelope(&env);
        const std::string at = format_number(env.MinX, 3, false) + ", " + format_number(env.MinY, 3, false);
        findings.add(Severity::error, "outside_crs_area", layer_, feature_id,
                     where, Problem{"coordinates (" + at + ") lie far outside the area of use of " + source_crs_ +
                                        "; is the layer in another CRS? name it with " + slot(Control::layer_crs, layer_),
                                    "坐标（" + at + "）远在 " + source_crs_ + " 的适用范围之外；该图层实际是否使用其他坐标系？"});
        return nullptr;
    }
    std::unique_ptr<OGRGeometry> working(geometry->hasCurveGeometry() ? geometry->getLinearGeometry() : geometry->clone());
    working->flattenTo2D();
    if ((from_gcj02_ && working->transform(from_gcj02_.get()) != OGRERR_NONE) ||
        (to_target_ && working->transform(to_target_.get()) != OGRERR_NONE) || !all_finite(*working)) {
        OGREnvelope env;
        geometry->getEnvelope(&env);
        const std::string at = format_number(env.MinX, 3, false) + ", " + format_number(env.MinY, 3, false);
        findings.add(Severity::error, "transform_failed", layer_, feature_id,
                     where, Problem{"coordinates (" + at + ") cannot be transformed from " + source_crs_ + " to the working CRS; " +
                                        "is the layer in another CRS? name it with " + slot(Control::layer_crs, layer_),
                                    "坐标（" + at + "）无法从 " + source_crs_ + " 转换到工作坐标系；该图层实际是否使用其他坐标系？"});
        return nullptr;
    }
    GeomPtr geom = own(ctx_, working->exportToGEOS(ctx_));
    if (!geom) {
        findings.add(Severity::error, "unreadable_geometry", layer_, feature_id,
                     where, Problem{"GEOS cannot read this geometry", "GEOS 无法读取该几何"});
        return nullptr;
    }
    if (kind != GeometryKind::polygonal) return geom;
    return valid_or_repaired(std::move(geom), feature, findings);
}

GeomPtr GeometryReader::valid_or_repaired(GeomPtr geom, const FeatureKey& key, Findings& findings) {
    if (GEOSisValid_r(ctx_, geom.get()) == 1) return geom;

    const FeatureRef feature = key.ref();
    const std::string& feature_id = feature.id;
    const std::string where = where_ + ": " + feature.label + ": ";
    char* reason_c = GEOSisValidReason_r(ctx_, geom.get());
    const std::string reason = reason_c ? reason_c : "invalid";
    GEOSFree_r(ctx_, reason_c);
    double area_before = 0;
    GEOSArea_r(ctx_, geom.get(), &area_before);
    GeomPtr fixed = split_bow_tie(ctx_, geom.get());
    if (!fixed) fixed = own(ctx_, GEOSMakeValid_r(ctx_, geom.get()));
    if (!fixed) {
        findings.add(Severity::error, "unrepairable_geometry", layer_, feature_id,
                     where, Problem{"invalid geometry (" + reason + ") that GEOS cannot repair",
                                    "无效几何（" + reason + "），GEOS 无法修复"});
        return nullptr;
    }
    fixed = polygonal_part(ctx_, std::move(fixed));
    double area_after = 0;
    GEOSArea_r(ctx_, fixed.get(), &area_after);
    findings.repairs.push_back({layer_, feature_id, reason, area_before, area_after});
    if (GEOSisEmpty_r(ctx_, fixed.get()) == 1) {
        findings.add(Severity::error, "zero_area_geometry", layer_, feature_id,
                     where, Problem{"polygon has no area (" + reason + "): its points lie on one line or one point",
                                    "面没有面积（" + reason + "）：其各点位于同一直线或同一点上"});
        return nullptr;
    }
    return fixed;
}

}  // namespace renozone
