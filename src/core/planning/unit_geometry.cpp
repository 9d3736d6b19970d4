#include "core/planning/unit_geometry.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/base/text_utils.h"
#include "core/geometry/crs.h"
#include "core/io/geometry_reader.h"
#include "core/io/source.h"
#include "core/model/place_names.h"

#include <ogr_geometry.h>

#include <filesystem>

namespace renozone {
namespace {

GeomPtr to_working(const District& district, const OGRGeometry& geometry, const OGRSpatialReference& srs,
                   const std::string& label) {
    std::unique_ptr<OGRGeometry> copy(geometry.clone());
    copy->flattenTo2D();
    if (auto ct = make_transform(srs, *district.data().working_srs, label); ct && copy->transform(ct.get()) != OGRERR_NONE)
        throw InputError(label + ": cannot be transformed to the working CRS (coordinates outside " + describe_srs(srs) +
                         "'s area of use? wrong " + slot(Control::unit_crs) + "?)");
    GeomPtr geom = own(district.ctx(), copy->exportToGEOS(district.ctx()));
    if (!geom) throw InputError(label + ": GEOS cannot read this geometry");
    return geom;
}

SrsPtr srs_or_working(const District& district, const std::string& crs, const std::string& label) {
    return crs.empty() ? clone_traditional(*district.data().working_srs) : srs_from_user_text(crs, label);
}

}  // namespace

void check_unit_geometry(const District& district, const GEOSGeometry* geom, const std::string& label, ShapeUse use) {
    GEOSContextHandle_t c = district.ctx();
    const int type = GEOSGeomTypeId_r(c, geom);
    const bool polygon = type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON;
    const bool point = type == GEOS_POINT;
    const char* what = use == ShapeUse::unit ? "unit polygon" : "site";
    if (!polygon && !(point && use == ShapeUse::site)) {
        char* name = GEOSGeomType_r(c, geom);
        const std::string type_name = name ? name : "?";
        GEOSFree_r(c, name);
        throw InputError(label + ": a " + (use == ShapeUse::unit ? "unit must be a Polygon or MultiPolygon"
                                                                  : "site must be a Point, Polygon or MultiPolygon") +
                         ", not " + abbreviate(type_name));
    }
    if (GEOSisEmpty_r(c, geom) == 1) throw InputError(label + ": the " + what + " is empty");
    if (const int vertices = GEOSGetNumCoordinates_r(c, geom); vertices > max_vertices_per_feature)
        throw InputError(label + ": the " + what + " has " + format_number(vertices, 0) + " vertices, more than the " +
                         format_number(double(max_vertices_per_feature), 0) + " renozone accepts; simplify it first");
    if (GEOSisValid_r(c, geom) != 1) {
        char* reason = GEOSisValidReason_r(c, geom);
        const std::string text = reason ? reason : "invalid";
        GEOSFree_r(c, reason);
        throw InputError(label + ": the " + what + " is not valid (" + text + "); redraw it without crossing edges");
    }
    district.require_near_data(geom, label);
}

UnitShape unit_from_wkt(const District& district, const std::string& wkt, const std::string& crs, ShapeUse use) {
    const std::string label = slot(Control::unit_wkt);
    OGRGeometry* parsed = nullptr;
    if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &parsed) != OGRERR_NONE || !parsed)
        throw InputError(label + ": '" + abbreviate(wkt, 60) + "' is not WKT");
    std::unique_ptr<OGRGeometry> owned(parsed);
    UnitShape shape{said_to(label, Audience::command_line), "", to_working(district, *owned, *srs_or_working(district, crs, label), label)};
    check_unit_geometry(district, shape.geom.get(), label, use);
    return shape;
}

std::vector<UnitShape> units_from_source(const District& district, const std::string& source, const std::string& layer_name,
                                         const std::string& crs, ShapeUse use) {
    const bool inline_json = trim(source).starts_with('{');
    const std::string shown = inline_json ? slot(Control::unit_geojson) : source;
    std::string open_name = source;
    if (inline_json && source.find("\"Feature") == std::string::npos)  // a bare geometry is no dataset for GDAL
        open_name = R"({"type":"Feature","properties":{},"geometry":)" + source + "}";
    GDALDatasetUniquePtr ds;
    try {
        ds = open_vector(open_name, "");
    } catch (const InputError&) {
        if (inline_json) throw InputError(shown + ": not valid GeoJSON");
        throw;
    }
    OGRLayer* layer = nullptr;
    if (!layer_name.empty()) layer = ds->GetLayerByName(layer_name.c_str());
    else if (ds->GetLayerCount() == 1) layer = ds->GetLayer(0);
    else layer = ds->GetLayerByName("implementation_units");
    if (!layer)
        throw InputError(shown + ": " + (layer_name.empty() ? "holds several layers; name one with " + slot(Control::unit_layer)
                                                            : "no layer '" + layer_name + "'"));
    const std::string where = inline_json ? shown : shown + ": layer '" + layer->GetName() + "'";
    SrsPtr srs;
    if (!crs.empty()) srs = srs_from_user_text(crs, where);
    else if (const auto* own_srs = layer->GetSpatialRef(); own_srs && !is_undefined_srs(*own_srs)) srs = clone_traditional(*own_srs);
    else throw InputError(where + ": has no coordinate reference system; name one with " + slot(Control::unit_crs));
    const int name_field = layer->GetLayerDefn()->GetFieldIndex("name");
    std::vector<UnitShape> shapes;
    read_layer_features(*layer, where, [&](OGRFeature& feature) {
        const std::string label = where + (inline_json ? "" : ": feature " + std::to_string(feature.GetFID()));
        const OGRGeometry* g = feature.GetGeometryRef();
        if (!g || g->IsEmpty()) throw InputError(label + (use == ShapeUse::unit ? ": the unit polygon is empty" : ": the site is empty"));
        UnitShape shape{said_to(label, Audience::command_line), name_field >= 0 ? feature.GetFieldAsString(name_field) : "",
                        to_working(district, *g, *srs, label)};
        check_unit_geometry(district, shape.geom.get(), label, use);
        shapes.push_back(std::move(shape));
    });
    if (shapes.empty()) throw InputError(where + ": holds no unit polygon");
    return shapes;
}

UnitShape unit_from_communities(const District& district, const std::vector<std::string>& ids) {
    GEOSContextHandle_t c = district.ctx();
    std::vector<const GEOSGeometry*> parts;
    std::string label = "communities ";
    for (const auto& id : list_items(ids)) {
        const Community& found = find_community(district.data().communities, id, Input::communities);
        if (!found.geom) throw InputError(Input::communities, {"community '" + found.id + "' has no geometry", "小区“" + found.id + "”没有几何图形"});
        parts.push_back(found.geom.get());
        label += (label.back() == ' ' ? "" : ",") + found.id;
    }
    if (parts.empty()) throw InputError(Input::communities, {"no community given", "未给出小区"});
    std::vector<GEOSGeometry*> clones;
    for (const auto* p : parts) clones.push_back(GEOSGeom_clone_r(c, p));
    GeomPtr collection = own(c, GEOSGeom_createCollection_r(c, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                            static_cast<unsigned>(clones.size())));
    GeomPtr merged = own(c, GEOSUnaryUnion_r(c, collection.get()));
    return UnitShape{label, "", std::move(merged)};
}

}  // namespace renozone
