#include "dataset_loader.h"

#include "attribute_reader.h"
#include "building_loader.h"
#include "crs.h"
#include "duplicate_ids.h"
#include "errors.h"
#include "gcj02.h"
#include "geometry_reader.h"
#include "plan_loader.h"
#include "text_utils.h"

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

// GBK text opened as Latin-1 turns into runs of U+0080..U+00FF characters.
bool looks_like_latin1_mojibake(const std::string& utf8) {
    int high = 0;
    for (std::size_t i = 0; i + 1 < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == 0xC2 || c == 0xC3) ++high;
        if (c >= 0xE0) return false;
    }
    return high >= 2;
}

void note_encoding_trouble(OpenLayer& layer, Dataset& ds) {
    OGRFeatureDefn* defn = layer.layer().GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        if (looks_like_latin1_mojibake(defn->GetFieldDefn(i)->GetNameRef())) {
            ds.findings.add(Severity::warning, "encoding_suspect", layer.kind(), "",
                            layer.where() + ": field names look like Chinese text read with the wrong encoding; "
                                            "try --encoding GBK (or add a .cpg file)");
            return;
        }
    }
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
    layer.layer().ResetReading();
    for (auto& feature : layer.layer()) {
        each(*feature);
        if (progress && (++done % 2048 == 0 || done == total)) progress(stage, done, total);
    }
}

void load_communities(OpenLayer& layer, Dataset& ds, const ProgressFn& progress) {
    GeometryReader geometry(*ds.geos, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where());
    AttributeReader attributes(layer, ds.findings);
    for_each_feature(layer, "reading communities", progress, [&](OGRFeature& f) {
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
    std::vector<std::string_view> ids;
    std::vector<std::int64_t> fids;
    for (const auto& c : ds.communities) {
        ids.emplace_back(c.id);
        fids.push_back(c.fid);
    }
    check_duplicate_ids(ids, fids, layer.kind(), layer.where(), ds.findings);
    if (ds.communities.empty()) throw InputError(layer.where() + ": the layer is empty; there are no communities to tag");
}

void load_streets(OpenLayer& layer, Dataset& ds) {
    GeometryReader geometry(*ds.geos, layer.srs(), *ds.working_srs, layer.spec().gcj02, layer.kind(), layer.where());
    AttributeReader attributes(layer, ds.findings);
    for_each_feature(layer, "reading streets", {}, [&](OGRFeature& f) {
        Street s;
        const KeyedFeature feature(layer, f);
        s.code = attributes.text(f, "code", feature.key).value_or("");
        s.name = attributes.text(f, "name", feature.key).value_or("");
        s.geom = geometry.read_polygonal(f.GetGeometryRef(), feature.key, ds.findings);
        ds.streets.push_back(std::move(s));
    });
}

}  // namespace

std::shared_ptr<OGRSpatialReference> choose_working_srs(const InputSpec& inputs, OpenLayer& communities) {
    if (!inputs.working_crs.empty()) {
        auto srs = srs_from_user_text(inputs.working_crs, "--crs");
        require_metric(*srs, "--crs");
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

Dataset load_dataset(const InputSpec& inputs, const ProgressFn& progress, const Parallelism& parallelism) {
    Dataset ds;
    auto communities = open_kind(inputs, "communities");
    auto buildings = open_kind(inputs, "buildings");
    if (!communities) throw UsageError("no communities layer: give --communities SRC (or --data SRC)");
    if (!buildings) throw UsageError("no buildings layer: give --buildings SRC (or --data SRC)");
    ds.working_srs = choose_working_srs(inputs, *communities);
    ds.notes.push_back("working CRS " + describe_srs(*ds.working_srs));
    for (auto* layer : {communities.get(), buildings.get()}) {
        note_encoding_trouble(*layer, ds);
        warn_if_gcj02(*layer, ds);
    }
    ds.data_notice = communities->metadata_item("DATA_NOTICE");
    load_communities(*communities, ds, progress);
    load_buildings(*buildings, ds, progress, parallelism);
    if (auto streets = open_kind(inputs, "streets")) load_streets(*streets, ds);
    if (auto plan = open_kind(inputs, "plan")) {
        ds.plan = load_plan_entries(*plan, ds.findings);
        ds.has_plan = true;
    }
    if (auto targets = open_kind(inputs, "plan_targets")) ds.targets = load_plan_targets(*targets, ds.findings);
    if (!ds.has_plan) ds.notes.push_back("no plan table given: no community is tagged as planned");
    return ds;
}

void require_no_errors(const Dataset& dataset) {
    const std::size_t errors = dataset.findings.count(Severity::error);
    if (errors == 0) return;
    for (const auto& f : dataset.findings.items) {
        if (f.severity != Severity::error) continue;
        throw InputError(f.message + (errors > 1 ? " (and " + std::to_string(errors - 1) +
                                                       " more errors: run `renozone validate` for the list, or --keep-going)"
                                                 : ""));
    }
}

}  // namespace renozone
