#include "core/io/dataset_loader.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/geometry/crs.h"
#include "core/geometry/gcj02.h"
#include "core/geometry/polygon_rings.h"
#include "core/io/attribute_reader.h"
#include "core/io/building_defaults.h"
#include "core/io/building_stream.h"
#include "core/io/cad_layer.h"
#include "core/io/building_loader.h"
#include "core/io/duplicate_ids.h"
#include "core/io/geometry_reader.h"
#include "core/io/plan_loader.h"
#include "core/io/plan_sheet.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <set>
#include <unordered_map>

namespace renozone {
namespace {

std::shared_ptr<OGRSpatialReference> share(SrsPtr srs) {
    return std::shared_ptr<OGRSpatialReference>(srs.release(), SrsDeleter{});
}

// A feature as findings name it: by FID and its id field.
struct KeyedFeature {
    std::string id_text;  // trimmed id; empty when the feature has none
    FeatureKey key;
    KeyedFeature(const OpenLayer& layer, OGRFeature& f)
        : id_text(layer.text(f, "id").value_or("")), key(f.GetFID(), id_text) {}
    KeyedFeature(const KeyedFeature&) = delete;
    std::string id(std::int64_t fid) const { return id_text.empty() ? "fid " + std::to_string(fid) : id_text; }
};

void note_encoding_trouble(OpenLayer& layer, Dataset& ds) {
    if (const Problem hint = layer.encoding_hint(); !hint.en.empty())
        ds.findings.add(Severity::warning, "encoding_suspect", layer.kind(), "", layer.where(), hint);
}

void warn_if_gcj02(OpenLayer& layer, Dataset& ds) {
    const std::string name = layer.spec().path + " " + layer.layer().GetName();
    if (!layer.spec().gcj02 && name_suggests_gcj02(name)) {
        const std::string offset = format_number(gcj02_offset_metres({107.75, 29.33}), 0);
        ds.findings.add(Severity::warning, "gcj02_suspected", layer.kind(), "",
                        layer.where(),
                        Problem{": the name suggests GCJ-02 (web-map) coordinates, offset by ~" + offset +
                                    " m here; convert with " + slot(Control::layer_gcj02, layer.kind()),
                                "：名称表明可能是 GCJ-02（网络地图）坐标，在此偏移约 " + offset + " 米；需先转换为 CGCS2000"});
    }
}

template <typename Each>
void for_each_feature(OpenLayer& layer, const ProgressFn& progress, Each each) {
    const long long total = layer.layer().GetFeatureCount(TRUE);
    long long done = 0;
    layer.read_features([&](OGRFeature& feature) {
        each(feature);
        if (progress && (++done % 2048 == 0 || done == total)) progress({Stage::reading_layer, layer.kind()}, done, total);
    });
}

void load_communities(OpenLayer& layer, Dataset& ds, const ProgressFn& progress) {
    GeometryReader geometry(*ds.geos, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where());
    AttributeReader attributes(layer, ds.findings);
    for_each_feature(layer, progress, [&](OGRFeature& f) {
        Community c;
        c.fid = f.GetFID();
        const KeyedFeature feature(layer, f);
        c.id = feature.id(c.fid);
        c.name = attributes.text(f, "name", feature.key).value_or("");
        c.street_code = attributes.text(f, "street_code", feature.key).value_or("");
        c.committee = attributes.text(f, "committee", feature.key).value_or("");
        c.geom = geometry.read_polygonal(f.GetGeometryRef(), feature.key, ds.findings);
        ds.communities.push_back(std::move(c));
    });
    check_duplicate_record_ids(ds.communities, layer.kind(), layer.where(), ds.findings);
    if (ds.communities.empty())
        throw InputError(layer.where(), {"the layer is empty; there are no communities in it", "图层为空，其中没有小区"});
}

void load_streets(OpenLayer& layer, Dataset& ds, Findings& findings) {
    ds.layer_where[layer.kind()] = layer.where();
    GeometryReader geometry(*ds.geos, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where());
    AttributeReader attributes(layer, findings);
    for_each_feature(layer, {}, [&](OGRFeature& f) {
        Street s;
        const KeyedFeature feature(layer, f);
        s.code = attributes.text(f, "code", feature.key).value_or("");
        s.name = attributes.text(f, "name", feature.key).value_or("");
        s.geom = geometry.read_polygonal(f.GetGeometryRef(), feature.key, findings);
        ds.streets.push_back(std::move(s));
    });
}

// A facility type that neither the map's styles nor the default site rules name
// is drawn in no class by QGIS and reached by no rule: say so rather than hide it.
void warn_if_unknown_facility_type(const OpenLayer& layer, Dataset& ds, const KeyedFeature& feature, const std::string& type) {
    const auto& known = known_facility_types();
    if (type.empty() || std::find(known.begin(), known.end(), type) != known.end()) return;
    const std::string listed = join_list(known);
    ds.findings.add(Severity::warning, "unknown_facility_type", "facilities", feature.id_text,
                    layer.where() + ": " + feature.key.ref().label,
                    Problem{": type '" + abbreviate(type) + "' is none of " + listed + ": the map draws it in no class and no site rule applies",
                            "：设施类型 '" + abbreviate(type) + "' 不是 " + listed + " 之一：地图不绘制它，选址规则也不适用"});
}

// facilities (points), heritage and river (areas), roads (lines): the context the
// planning tools measure against.
void load_context(OpenLayer& layer, Dataset& ds, std::vector<ContextFeature>& out, GeometryKind kind,
                  const char* type_field) {
    ds.layer_where[layer.kind()] = layer.where();
    GeometryReader geometry(*ds.geos, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where());
    AttributeReader attributes(layer, ds.findings);
    for_each_feature(layer, {}, [&](OGRFeature& f) {
        const KeyedFeature feature(layer, f);
        ContextFeature c;
        c.id = feature.id(f.GetFID());
        c.name = attributes.text(f, "name", feature.key).value_or("");
        if (type_field) c.type = attributes.text(f, type_field, feature.key).value_or("");
        if (&out == &ds.facilities) warn_if_unknown_facility_type(layer, ds, feature, c.type);
        if (layer.field("capacity") >= 0)
            c.capacity = attributes.integer(f, "capacity", feature.key, {0, 1e7, "capacity", "容量"});
        c.geom = geometry.read(f.GetGeometryRef(), feature.key, ds.findings, kind);
        if (c.geom) out.push_back(std::move(c));
    });
}

OGREnvelope extent_of(GEOSContextHandle_t ctx, const std::vector<Community>& communities) {
    OGREnvelope all;
    for (const auto& c : communities)
        if (const auto box = envelope_of(ctx, c.geom.get())) {
            OGREnvelope one;
            one.MinX = box->min_x, one.MinY = box->min_y, one.MaxX = box->max_x, one.MaxY = box->max_y;
            all.Merge(one);
        }
    return all;
}

// Buildings that lie far from every community are a wrong CRS or a wrong file
// (a layer in degrees read as metres lands thousands of km away); tagging them
// would report every building "outside" and a zero coverage.
void require_overlap(const Dataset& ds) {
    const OGREnvelope communities = extent_of(ds.geos->get(), ds.communities);
    const OGREnvelope& buildings = ds.building_extent;
    if (!communities.IsInit() || !buildings.IsInit()) return;
    const double dx = std::max({0.0, buildings.MinX - communities.MaxX, communities.MinX - buildings.MaxX});
    const double dy = std::max({0.0, buildings.MinY - communities.MaxY, communities.MinY - buildings.MaxY});
    if (std::hypot(dx, dy) <= reach_beyond(communities.MaxX - communities.MinX, communities.MaxY - communities.MinY)) return;
    const std::string km = format_number(std::hypot(dx, dy) / 1000.0, 1);
    throw InputError(where_of(ds, "buildings"),
                     {"no building lies near the communities of " + where_of(ds, "communities") + " (the nearest is " + km +
                          " km away); is one of the layers in another CRS than it says?",
                      "没有楼栋位于 " + where_of(ds, "communities") + " 的小区附近（最近的相距 " + km +
                          " 公里）；是否有图层的实际坐标系与其声明的不同？"});
}

}  // namespace

std::shared_ptr<OGRSpatialReference> choose_working_srs(const InputSpec& inputs, OpenLayer& communities) {
    if (!inputs.working_crs.empty()) {
        auto srs = srs_from_user_text(inputs.working_crs, slot(Control::working_crs));
        require_metric(*srs, slot(Control::working_crs));
        return share(std::move(srs));
    }
    const auto& source = communities.srs();
    const char* code = source.GetAuthorityCode(nullptr);
    const int epsg = code ? std::atoi(code) : 0;
    const bool cgcs2000_zone = epsg >= 4534 && epsg <= 4554;
    const bool utm_zone = (epsg >= 32601 && epsg <= 32660) || (epsg >= 32701 && epsg <= 32760);
    if (source.IsProjected() && (cgcs2000_zone || utm_zone)) return share(srs_from_epsg(epsg));
    OGREnvelope env;
    if (communities.layer().GetExtent(&env, TRUE) != OGRERR_NONE) return share(srs_from_epsg(default_working_epsg));
    auto geographic = srs_from_epsg(4490);
    auto ct = make_transform(source, *geographic, communities.where());
    double x[] = {(env.MinX + env.MaxX) / 2, env.MinX, env.MaxX, env.MinX, env.MaxX};
    double y[] = {(env.MinY + env.MaxY) / 2, env.MinY, env.MinY, env.MaxY, env.MaxY};
    if (ct && !ct->Transform(5, x, y)) return share(srs_from_epsg(default_working_epsg));
    const double span = *std::max_element(x + 1, x + 5) - *std::min_element(x + 1, x + 5);
    if (span > max_zone_span_degrees) {
        const std::string degrees = format_number(span, 1);
        throw UsageError(communities.where(),
                         {"spans " + degrees + "° of longitude, more than one transverse Mercator zone holds without distortion; give " +
                              slot(Control::working_crs) + " (a projected CRS in metres)",
                          "跨越经度 " + degrees + "°，超出一个投影带的范围；请设置" + slot(Control::working_crs) + "（以米为单位的投影坐标系）"});
    }
    return share(srs_from_epsg(automatic_working_epsg(x[0], y[0])));
}

namespace {

// A layer of a GDAL source, or of a CAD drawing (DXF); a DWG is refused with the way out.
std::unique_ptr<OpenLayer> open_input_layer(const InputSpec& inputs, const std::string& kind, SourceFiles& files, Findings& findings) {
    const auto source = inputs.sources.find(kind);
    if (source != inputs.sources.end() && is_dwg(source->second.path))
        throw InputError(source->second.path, {"a DWG drawing, which GDAL here cannot read: save it as DXF (in CAD: Save As, DXF) and give that",
                                               "DWG 图纸无法直接读取：请在 CAD 中另存为 DXF 后使用"});
    if (source != inputs.sources.end() && is_dxf(source->second.path)) return open_cad_layer(inputs, kind, findings);
    return open_kind(inputs, kind, &files);
}

}  // namespace

namespace {

void load_plan(const InputSpec& inputs, SourceFiles& files, Dataset& ds, Findings& findings) {
    if (const auto sheet = inputs.sources.find("plan"); sheet != inputs.sources.end() && is_spreadsheet(sheet->second.path)) {
        std::string where;
        ds.plan = load_plan_sheet(sheet->second, findings, where);
        ds.layer_where["plan"] = where;
        ds.has_plan = true;
    } else if (auto plan = open_kind(inputs, "plan", &files)) {
        ds.layer_where["plan"] = plan->where();
        ds.plan = load_plan_entries(*plan, findings);
        ds.has_plan = true;
    }
    if (auto targets = open_kind(inputs, "plan_targets", &files)) ds.targets = load_plan_targets(*targets, findings);
}


}  // namespace

Dataset load_dataset(const InputSpec& inputs, const ProgressFn& progress, const Parallelism& parallelism, BuildingStream* stream) {
    Dataset ds;
    SourceFiles files(inputs.encoding);
    auto communities = open_input_layer(inputs, "communities", files, ds.findings);
    auto buildings = open_input_layer(inputs, "buildings", files, ds.findings);
    if (!communities) throw UsageError("no communities layer: " + slot(Control::layer_source, "communities"));
    if (!buildings) throw UsageError("no buildings layer: " + slot(Control::layer_source, "buildings"));
    const BuildingDefaults defaults(inputs.mapping);
    ds.working_srs = choose_working_srs(inputs, *communities);
    ds.notes.push_back("working CRS " + describe_srs(*ds.working_srs));
    for (auto* layer : {communities.get(), buildings.get()}) {
        ds.layer_where[layer->kind()] = layer->where();
        note_encoding_trouble(*layer, ds);
        warn_if_gcj02(*layer, ds);
        if (layer->srs().IsGeographic() && !layer->spec().gcj02) ds.unconverted_lonlat_layers.push_back(layer->kind());
    }
    ds.data_notice = communities->metadata_item("DATA_NOTICE");
    load_communities(*communities, ds, progress);
    // A stream tags each building as it is read: the streets and the plan come
    // first, their findings kept for their usual place after the buildings'.
    Findings streets_found, plan_found;
    if (stream) {
        if (auto streets = open_kind(inputs, "streets", &files)) load_streets(*streets, ds, streets_found);
        load_plan(inputs, files, ds, plan_found);
    }
    load_buildings(*buildings, ds, progress, parallelism, defaults, stream);
    require_overlap(ds);
    if (!stream)
        if (auto streets = open_kind(inputs, "streets", &files)) load_streets(*streets, ds, ds.findings);
    ds.findings.append(std::move(streets_found));
    if (auto layer = open_kind(inputs, "facilities", &files)) load_context(*layer, ds, ds.facilities, GeometryKind::puntal, "type");
    if (auto layer = open_kind(inputs, "heritage", &files)) load_context(*layer, ds, ds.heritage, GeometryKind::polygonal, "grade");
    if (auto layer = open_kind(inputs, "river", &files)) load_context(*layer, ds, ds.river, GeometryKind::polygonal, nullptr);
    if (auto layer = open_kind(inputs, "roads", &files)) load_context(*layer, ds, ds.roads, GeometryKind::lineal, "class");
    if (!stream) load_plan(inputs, files, ds, ds.findings);
    ds.findings.append(std::move(plan_found));
    if (!ds.has_plan) ds.notes.push_back("no plan table given: no community is tagged as planned");
    return ds;
}

void require_no_errors(const Dataset& dataset) { require_no_errors(dataset.findings); }

}  // namespace renozone
