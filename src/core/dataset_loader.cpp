#include "dataset_loader.h"

#include "attribute_reader.h"
#include "crs.h"
#include "errors.h"
#include "gcj02.h"
#include "geometry_reader.h"
#include "plan_loader.h"
#include "text_utils.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <set>
#include <unordered_map>

namespace renozone {
namespace {

int current_year() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    return parts.tm_year + 1900;
}

std::shared_ptr<OGRSpatialReference> share(SrsPtr srs) {
    return std::shared_ptr<OGRSpatialReference>(srs.release(), SrsDeleter{});
}

FeatureRef feature_ref(const OpenLayer& layer, OGRFeature& f) {
    auto id = layer.text(f, "id");
    return {id ? *id : "fid " + std::to_string(f.GetFID()), layer.feature_label(f)};
}

void note_encoding_trouble(OpenLayer& layer, Dataset& ds) {
    if (const std::string hint = layer.encoding_hint(); !hint.empty())
        ds.findings.add(Severity::warning, "encoding_suspect", layer.kind(), "", layer.where() + hint);
}

void warn_if_gcj02(OpenLayer& layer, Dataset& ds) {
    const std::string name = layer.spec().path + " " + layer.layer().GetName();
    if (!layer.spec().gcj02 && name_suggests_gcj02(name))
        ds.findings.add(Severity::warning, "gcj02_suspected", layer.kind(), "",
                        layer.where() + ": the name suggests GCJ-02 (web-map) coordinates, offset by ~" +
                            format_number(gcj02_offset_metres({107.75, 29.33}), 0) +
                            " m here; convert with --" + layer.kind() + "-gcj02");
}

template <typename Each>
void for_each_feature(OpenLayer& layer, const std::string& stage, const ProgressFn& progress, Each each) {
    const long long total = layer.layer().GetFeatureCount(TRUE);
    long long done = 0;
    layer.read_features([&](OGRFeature& feature) {
        each(feature);
        if (progress && (++done % 2048 == 0 || done == total)) progress(stage, done, total);
    });
}

void check_duplicate_ids(const std::vector<std::string>& ids, const std::vector<std::int64_t>& fids,
                         const OpenLayer& layer, Findings& findings) {
    std::unordered_map<std::string, std::int64_t> first;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto [it, inserted] = first.emplace(ids[i], fids[i]);
        if (!inserted)
            findings.add(Severity::error, "duplicate_id", layer.kind(), ids[i],
                         layer.where() + ": id '" + abbreviate(ids[i]) + "' is used by features " + std::to_string(it->second) +
                             " and " + std::to_string(fids[i]));
    }
}

void load_communities(OpenLayer& layer, Dataset& ds, const ProgressFn& progress) {
    GeometryReader geometry(*ds.geos, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where());
    AttributeReader attributes(layer, ds.findings);
    std::vector<std::string> ids;
    std::vector<std::int64_t> fids;
    for_each_feature(layer, "reading communities", progress, [&](OGRFeature& f) {
        Community c;
        c.fid = f.GetFID();
        const FeatureRef ref = feature_ref(layer, f);
        c.id = ref.id;
        c.name = attributes.text(f, "name", ref).value_or("");
        c.street_code = attributes.text(f, "street_code", ref).value_or("");
        c.committee = attributes.text(f, "committee", ref).value_or("");
        c.geom = geometry.read_polygonal(f.GetGeometryRef(), ref, ds.findings);
        ids.push_back(c.id);
        fids.push_back(c.fid);
        ds.communities.push_back(std::move(c));
    });
    check_duplicate_ids(ids, fids, layer, ds.findings);
    if (ds.communities.empty()) throw InputError(layer.where() + ": the layer is empty; there are no communities in it");
}

void load_buildings(OpenLayer& layer, Dataset& ds, const ProgressFn& progress) {
    GeometryReader geometry(*ds.geos, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where());
    AttributeReader attributes(layer, ds.findings);
    const double this_year = current_year();
    std::vector<std::string> ids;
    std::vector<std::int64_t> fids;
    for_each_feature(layer, "reading buildings", progress, [&](OGRFeature& f) {
        Building b;
        b.fid = f.GetFID();
        const FeatureRef ref = feature_ref(layer, f);
        b.id = ref.id;
        b.name = attributes.text(f, "name", ref).value_or("");
        b.address = attributes.text(f, "address", ref).value_or("");
        b.floors = attributes.integer(f, "floors", ref, {1, 200, "floors"});
        b.built_year = attributes.integer(f, "built_year", ref, {1000, this_year, "built year"});
        b.households = attributes.integer(f, "households", ref, {0, 100000, "households"});
        b.people = attributes.integer(f, "people", ref, {0, 500000, "people"});
        b.stairwells = attributes.integer(f, "stairwells", ref, {0, 100, "stairwells"});
        b.floor_area = attributes.number(f, "floor_area", ref, {0, 1e7, "floor area m²"});
        if (auto use = attributes.text(f, "use", ref)) {
            b.use = parse_use(*use);
            b.use_recorded = true;
            if (b.use == Use::unknown)
                ds.findings.add(Severity::warning, "unknown_use", "buildings", b.id,
                                layer.where() + ": " + ref.label + ": use '" + abbreviate(*use) + "' is not one of residential, mixed, "
                                "commercial, public, industrial (住宅/商住/商业/公共/工业)");
        }
        if (auto grade = attributes.text(f, "safety_grade", ref)) b.safety_grade = to_lower_ascii(*grade) == "d" ? "D" : *grade;
        if (auto heritage = attributes.integer(f, "heritage", ref, {0, 1, "heritage flag 0/1"})) b.heritage = *heritage == 1;
        const std::size_t repairs_before = ds.findings.repairs.size();
        b.geom = geometry.read_polygonal(f.GetGeometryRef(), ref, ds.findings);
        b.repaired = ds.findings.repairs.size() > repairs_before;
        ids.push_back(b.id);
        fids.push_back(b.fid);
        ds.buildings.push_back(std::move(b));
    });
    check_duplicate_ids(ids, fids, layer, ds.findings);
    if (ds.buildings.empty()) throw InputError(layer.where() + ": the layer is empty; there are no buildings in it");
}

void load_streets(OpenLayer& layer, Dataset& ds) {
    ds.layer_where[layer.kind()] = layer.where();
    GeometryReader geometry(*ds.geos, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where());
    AttributeReader attributes(layer, ds.findings);
    for_each_feature(layer, "reading streets", {}, [&](OGRFeature& f) {
        Street s;
        const FeatureRef ref = feature_ref(layer, f);
        s.code = attributes.text(f, "code", ref).value_or("");
        s.name = attributes.text(f, "name", ref).value_or("");
        s.geom = geometry.read_polygonal(f.GetGeometryRef(), ref, ds.findings);
        ds.streets.push_back(std::move(s));
    });
}

// facilities (points), heritage and river (areas), roads (lines): the context the
// planning tools measure against.
void load_context(OpenLayer& layer, Dataset& ds, std::vector<ContextFeature>& out, GeometryKind kind,
                  const char* type_field) {
    ds.layer_where[layer.kind()] = layer.where();
    GeometryReader geometry(*ds.geos, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where());
    AttributeReader attributes(layer, ds.findings);
    for_each_feature(layer, "reading " + layer.kind(), {}, [&](OGRFeature& f) {
        const FeatureRef ref = feature_ref(layer, f);
        ContextFeature c;
        c.id = ref.id;
        c.name = attributes.text(f, "name", ref).value_or("");
        if (type_field) c.type = attributes.text(f, type_field, ref).value_or("");
        if (layer.field("capacity") >= 0) c.capacity = attributes.integer(f, "capacity", ref, {0, 1e7, "capacity"});
        c.geom = geometry.read(f.GetGeometryRef(), ref, ds.findings, kind);
        if (c.geom) out.push_back(std::move(c));
    });
}

template <typename Items>
OGREnvelope envelope_of(GEOSContextHandle_t ctx, const Items& items) {
    OGREnvelope all;
    for (const auto& item : items) {
        if (!item.geom) continue;
        double x0, y0, x1, y1;
        if (GEOSGeom_getXMin_r(ctx, item.geom.get(), &x0) && GEOSGeom_getYMin_r(ctx, item.geom.get(), &y0) &&
            GEOSGeom_getXMax_r(ctx, item.geom.get(), &x1) && GEOSGeom_getYMax_r(ctx, item.geom.get(), &y1)) {
            OGREnvelope one;
            one.MinX = x0, one.MinY = y0, one.MaxX = x1, one.MaxY = y1;
            all.Merge(one);
        }
    }
    return all;
}

// Buildings that lie far from every community are a wrong CRS or a wrong file
// (a layer in degrees read as metres lands thousands of km away); tagging them
// would report every building "outside" and a zero coverage.
void require_overlap(const Dataset& ds) {
    const OGREnvelope communities = envelope_of(ds.geos->get(), ds.communities);
    const OGREnvelope buildings = envelope_of(ds.geos->get(), ds.buildings);
    if (!communities.IsInit() || !buildings.IsInit()) return;
    const double dx = std::max({0.0, buildings.MinX - communities.MaxX, communities.MinX - buildings.MaxX});
    const double dy = std::max({0.0, buildings.MinY - communities.MaxY, communities.MinY - buildings.MaxY});
    const double size = std::hypot(communities.MaxX - communities.MinX, communities.MaxY - communities.MinY);
    if (std::hypot(dx, dy) <= std::max(10000.0, size)) return;
    throw InputError(where_of(ds, "buildings") + ": no building lies near the communities of " +
                     where_of(ds, "communities") + " (the nearest is " +
                     format_number(std::hypot(dx, dy) / 1000.0, 1) + " km away); is one of the layers in another CRS "
                     "than it says?");
}

}  // namespace

std::shared_ptr<OGRSpatialReference> choose_working_srs(const InputSpec& inputs, OpenLayer& communities) {
    if (!inputs.working_crs.empty()) {
        auto srs = srs_from_user_text(inputs.working_crs, "--working-crs");
        require_metric(*srs, "--working-crs");
        return share(std::move(srs));
    }
    const auto& source = communities.srs();
    const char* code = source.GetAuthorityCode(nullptr);
    const int epsg = code ? std::atoi(code) : 0;
    if (source.IsProjected() && epsg >= 4534 && epsg <= 4554) return share(srs_from_epsg(epsg));
    OGREnvelope env;
    if (communities.layer().GetExtent(&env, TRUE) != OGRERR_NONE) return share(srs_from_epsg(default_working_epsg));
    auto geographic = srs_from_epsg(4490);
    auto ct = make_transform(source, *geographic, communities.where());
    double x = (env.MinX + env.MaxX) / 2, y = (env.MinY + env.MaxY) / 2;
    if (ct && !ct->Transform(1, &x, &y)) return share(srs_from_epsg(default_working_epsg));
    return share(srs_from_epsg(cgcs2000_zone_epsg(x)));
}

Dataset load_dataset(const InputSpec& inputs, const ProgressFn& progress) {
    Dataset ds;
    auto communities = open_kind(inputs, "communities");
    auto buildings = open_kind(inputs, "buildings");
    if (!communities) throw UsageError("no communities layer: give --communities SRC (or --data SRC)");
    if (!buildings) throw UsageError("no buildings layer: give --buildings SRC (or --data SRC)");
    ds.working_srs = choose_working_srs(inputs, *communities);
    ds.notes.push_back("working CRS " + describe_srs(*ds.working_srs));
    for (auto* layer : {communities.get(), buildings.get()}) {
        ds.layer_where[layer->kind()] = layer->where();
        note_encoding_trouble(*layer, ds);
        warn_if_gcj02(*layer, ds);
    }
    ds.data_notice = communities->metadata_item("DATA_NOTICE");
    load_communities(*communities, ds, progress);
    load_buildings(*buildings, ds, progress);
    for (auto* layer : {communities.get(), buildings.get()})
        if (layer->srs().IsGeographic() && !layer->spec().gcj02) ds.unconverted_lonlat_layers.push_back(layer->kind());
    require_overlap(ds);
    if (auto streets = open_kind(inputs, "streets")) load_streets(*streets, ds);
    if (auto layer = open_kind(inputs, "facilities")) load_context(*layer, ds, ds.facilities, GeometryKind::puntal, "type");
    if (auto layer = open_kind(inputs, "heritage")) load_context(*layer, ds, ds.heritage, GeometryKind::polygonal, "grade");
    if (auto layer = open_kind(inputs, "river")) load_context(*layer, ds, ds.river, GeometryKind::polygonal, nullptr);
    if (auto layer = open_kind(inputs, "roads")) load_context(*layer, ds, ds.roads, GeometryKind::lineal, "class");
    if (auto plan = open_kind(inputs, "plan")) {
        ds.layer_where["plan"] = plan->where();
        ds.plan = load_plan_entries(*plan, ds.findings);
        ds.has_plan = true;
    }
    if (auto targets = open_kind(inputs, "plan_targets")) ds.targets = load_plan_targets(*targets, ds.findings);
    if (!ds.has_plan) ds.notes.push_back("no plan table given: no community is tagged as planned");
    return ds;
}

void require_no_errors(const Dataset& dataset) { require_no_errors(dataset.findings); }

}  // namespace renozone
