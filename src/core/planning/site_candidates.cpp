#include "core/planning/site_candidates.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/geometry/crs.h"
#include "core/io/source.h"

#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>

namespace renozone {
namespace {

constexpr double max_grid_points = 4e6;

struct Prepared {
    const GEOSGeometry* geom;
    PreparedPtr prepared;
};

std::vector<Prepared> prepare_all(GEOSContextHandle_t c, const std::vector<const GEOSGeometry*>& geoms) {
    std::vector<Prepared> out;
    for (const auto* g : geoms)
        if (g) out.push_back({g, prepare(c, g)});
    return out;
}

// Open land test for one point at a time.
class OpenLand {
public:
    OpenLand(const District& district, double river_buffer_m) : district_(district), river_buffer_m_(river_buffer_m) {
        const Dataset& data = district.data();
        std::vector<const GEOSGeometry*> heritage, river;
        for (const auto& h : data.heritage) heritage.push_back(h.geom.get());
        for (const auto& r : data.river) river.push_back(r.geom.get());
        heritage_ = prepare_all(district.ctx(), heritage);
        river_ = prepare_all(district.ctx(), river);
    }

    bool open(const GEOSGeometry* point) const {
        GEOSContextHandle_t c = district_.ctx();
        for (int b : district_.buildings_near(point))
            if (GEOSIntersects_r(c, district_.data().buildings[b].geom.get(), point) == 1) return false;
        for (const auto& h : heritage_)
            if (GEOSPreparedIntersects_r(c, h.prepared.get(), point) == 1) return false;
        for (const auto& r : river_)
            if (GEOSPreparedDistanceWithin_r(c, r.prepared.get(), point, river_buffer_m_) == 1) return false;
        return true;
    }

private:
    const District& district_;
    double river_buffer_m_;
    std::vector<Prepared> heritage_, river_;
};

// The polygons a grid is laid over, by envelope: a city has thousands of
// communities and its grid hundreds of thousands of points.
class GridRegion {
public:
    GridRegion(GEOSContextHandle_t c, std::vector<Prepared> polygons)
        : c_(c), polygons_(std::move(polygons)), tree_(GEOSSTRtree_create_r(c, 10), TreeDeleter{c}) {
        for (auto& p : polygons_) GEOSSTRtree_insert_r(c, tree_.get(), p.geom, &p);
    }

    bool empty() const { return polygons_.empty(); }
    const std::vector<Prepared>& polygons() const { return polygons_; }

    bool contains(const GEOSGeometry* point) const {
        struct Query {
            GEOSContextHandle_t c;
            const GEOSGeometry* point;
            bool inside;
        } query{c_, point, false};
        GEOSSTRtree_query_r(
            c_, tree_.get(), point,
            [](void* item, void* data) {
                auto& q = *static_cast<Query*>(data);
                if (!q.inside) q.inside = GEOSPreparedContains_r(q.c, static_cast<const Prepared*>(item)->prepared.get(), q.point) == 1;
            },
            &query);
        return query.inside;
    }

private:
    GEOSContextHandle_t c_;
    std::vector<Prepared> polygons_;
    TreePtr tree_;
};

// The streets when they have polygons, else the communities.
std::vector<const GEOSGeometry*> grid_region(const Dataset& data) {
    std::vector<const GEOSGeometry*> region;
    for (const auto& s : data.streets)
        if (s.geom) region.push_back(s.geom.get());
    if (region.empty())
        for (const auto& c : data.communities)
            if (c.geom) region.push_back(c.geom.get());
    return region;
}

std::string field_text(OGRFeature& feature, const char* name) {
    const int i = feature.GetFieldIndex(name);
    return i >= 0 && feature.IsFieldSetAndNotNull(i) ? std::string(feature.GetFieldAsString(i)) : std::string();
}

}  // namespace

std::vector<Candidate> candidates_from_source(const District& district, const std::string& source, const std::string& layer_name,
                                              const std::string& crs) {
    GDALDatasetUniquePtr ds = open_vector(source, "");
    OGRLayer* layer = !layer_name.empty() ? ds->GetLayerByName(layer_name.c_str())
                      : ds->GetLayerCount() == 1 ? ds->GetLayer(0)
                                                 : nullptr;
    if (!layer)
        throw InputError(source + ": " + (layer_name.empty() ? "holds several layers; name one with " + slot(Control::candidates_layer)
                                                             : "no layer '" + layer_name + "'"));
    const std::string where = source + ": layer '" + layer->GetName() + "'";
    SrsPtr srs;
    if (!crs.empty()) srs = srs_from_user_text(crs, where);
    else if (const auto* own_srs = layer->GetSpatialRef(); own_srs && !is_undefined_srs(*own_srs)) srs = clone_traditional(*own_srs);
    else throw InputError(where + ": has no coordinate reference system; name one with " + slot(Control::candidates_crs));
    const auto transform = make_transform(*srs, *district.data().working_srs, where);
    GEOSContextHandle_t c = district.ctx();
    std::vector<Candidate> out;
    for (auto& feature : *layer) {
        const std::string label = where + ": feature " + std::to_string(feature->GetFID());
        const OGRGeometry* g = feature->GetGeometryRef();
        if (!g || g->IsEmpty()) throw InputError(label + ": the candidate site has no geometry");
        GeomPtr geom = own(c, g->exportToGEOS(c));
        GeomPtr point = geom ? own(c, GEOSPointOnSurface_r(c, geom.get())) : nullptr;
        Candidate candidate;
        if (!point || GEOSGeomGetX_r(c, point.get(), &candidate.point.x) != 1 || GEOSGeomGetY_r(c, point.get(), &candidate.point.y) != 1)
            throw InputError(label + ": GEOS cannot read this geometry");
        if (transform && !transform->Transform(1, &candidate.point.x, &candidate.point.y))
            throw InputError(label + ": cannot be transformed to the working CRS");
        candidate.id = field_text(*feature, "id");
        if (candidate.id.empty()) candidate.id = field_text(*feature, "name");
        if (candidate.id.empty()) candidate.id = std::to_string(feature->GetFID());
        out.push_back(std::move(candidate));
    }
    if (out.empty()) throw InputError(where + ": holds no candidate site");
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (const auto& candidate : out) {
        x0 = std::min(x0, candidate.point.x), y0 = std::min(y0, candidate.point.y);
        x1 = std::max(x1, candidate.point.x), y1 = std::max(y1, candidate.point.y);
    }
    GeomPtr extent = own(c, GEOSGeom_createRectangle_r(c, x0, y0, x1, y1));
    district.require_overlaps_data(extent.get(), where);
    return out;
}

std::vector<Candidate> grid_candidates(const District& district, const SiteRules& rules, double spacing_m,
                                       const ProgressFn& progress) {
    if (!(spacing_m > 0)) throw UsageError("the grid spacing must be greater than 0 m");
    GEOSContextHandle_t c = district.ctx();
    const GridRegion region(c, prepare_all(c, grid_region(district.data())));
    if (region.empty()) throw InputError("no street or community polygons to lay a candidate grid over");
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (const auto& r : region.polygons()) {
        double a, b, cc, d;
        GEOSGeom_getXMin_r(c, r.geom, &a), GEOSGeom_getYMin_r(c, r.geom, &b);
        GEOSGeom_getXMax_r(c, r.geom, &cc), GEOSGeom_getYMax_r(c, r.geom, &d);
        x0 = std::min(x0, a), y0 = std::min(y0, b), x1 = std::max(x1, cc), y1 = std::max(y1, d);
    }
    const double columns = std::ceil((x1 - x0) / spacing_m), rows = std::ceil((y1 - y0) / spacing_m);
    if (columns * rows > max_grid_points)
        throw UsageError("a " + format_number(spacing_m, 1) + " m grid over this district has " + format_number(columns * rows, 0) +
                         " points; give a larger " + slot(Control::grid_spacing));
    const OpenLand land(district, rules.river_buffer_m.value);
    std::vector<Candidate> out;
    // Cell centres, so a grid over a square street never sits on its edge.
    for (long long row = 0; row < static_cast<long long>(rows); ++row) {
        for (long long column = 0; column < static_cast<long long>(columns); ++column) {
            const double x = x0 + (double(column) + 0.5) * spacing_m, y = y0 + (double(row) + 0.5) * spacing_m;
            GeomPtr point = own(c, GEOSGeom_createPointFromXY_r(c, x, y));
            if (!region.contains(point.get()) || !land.open(point.get())) continue;
            std::string id = "G";
            id += std::to_string(out.size() + 1);
            out.push_back({std::move(id), {x, y}});
        }
        if (progress) progress(Stage::laying_candidate_grid, row + 1, static_cast<long long>(rows));
    }
    return out;
}

}  // namespace renozone
