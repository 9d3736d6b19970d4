#include "core/output/tagged_output.h"

#include "core/analysis/tagged_columns.h"
#include "core/base/atomic_file.h"
#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/base/text_utils.h"
#include "core/geometry/crs.h"
#include "core/geometry/geos_to_ogr.h"
#include "core/io/gpkg_fields.h"
#include "core/output/context_layers.h"
#include "core/output/layer_styles.h"
#include "core/output/tagged_layers.h"

namespace renozone {
namespace {

constexpr const char* generator = "renozone 0.1.0";

void write_buildings(GDALDataset& out, OGRLayer& layer, const Dataset& ds, const Analysis& a, const ProgressFn& progress) {
    in_transaction(out, [&] {
        FeatureRow f(layer);
        for (std::size_t i = 0; i < ds.buildings.size(); ++i) {
            f.set_all(building_columns(), TaggedBuilding::of(ds, a, i));
            f.set_geometry(to_ogr_multipolygon(ds.geos->get(), ds.buildings[i].geom.get()));
            f.insert();
            if (progress && ((i + 1) % 4096 == 0 || i + 1 == ds.buildings.size()))
                progress(Stage::writing_buildings, static_cast<long long>(i + 1), static_cast<long long>(ds.buildings.size()));
        }
    });
}

void write_coverage(GDALDataset& out, const Analysis& a) {
    OGRLayer* layer = create_layer(out, "coverage", nullptr, wkbNone, columns_of(coverage_columns()),
        "改造覆盖与规划目标对比 / coverage of the plan's scope beside its targets (district, streets, communities)");
    FeatureRow row(*layer);
    auto write_row = [&](const CoverageRow& r) {
        row.set_all(coverage_columns(), r);
        row.insert();
    };
    in_transaction(out, [&] {
        write_row(a.coverage.district);
        for (const auto& r : a.coverage.streets) write_row(r);
        for (const auto& r : a.coverage.communities) write_row(r);
    });
}

void write_findings(GDALDataset& out, const Findings& findings) {
    OGRLayer* repairs = create_layer(out, "repairs", nullptr, wkbNone,
        {{"layer", OFTString}, {"feature_id", OFTString}, {"reason", OFTString}, {"area_before_m2", OFTReal},
         {"area_after_m2", OFTReal}},
        "几何修复记录 / every geometry repaired with GEOS MakeValid, with its area before and after");
    in_transaction(out, [&] {
        FeatureRow f(*repairs);
        for (const auto& r : findings.repairs) {
            f.set("layer", r.layer.c_str());
            f.set("feature_id", r.feature_id.c_str());
            f.set("reason", r.reason.c_str());
            f.set("area_before_m2", r.area_before_m2);
            f.set("area_after_m2", r.area_after_m2);
            f.insert();
        }
    });
    OGRLayer* list = create_layer(out, "discrepancies", nullptr, wkbNone,
        {{"severity", OFTString}, {"code", OFTString}, {"layer", OFTString}, {"feature_id", OFTString}, {"message", OFTString},
         {"message_zh", OFTString}},
        "数据与规划的差异清单 / discrepancies between the data and the plan, and within the data");
    in_transaction(out, [&] {
        FeatureRow f(*list);
        for (const auto& item : findings.items) {
            f.set("severity", severity_name(item.severity));
            f.set("code", item.code.c_str());
            f.set("layer", item.layer.c_str());
            f.set("feature_id", item.feature_id.c_str());
            f.set("message", item.message.c_str());
            if (!item.message_zh.empty()) f.set("message_zh", item.message_zh.c_str());
            f.insert();
        }
    });
}

}  // namespace

void write_communities(GDALDataset& out, OGRLayer& layer, const Dataset& ds, const Analysis& a) {
    in_transaction(out, [&] {
        FeatureRow f(layer);
        for (std::size_t i = 0; i < ds.communities.size(); ++i) {
            f.set_all(community_columns(), TaggedFeature{ds, a, i});
            f.set_geometry(to_ogr_multipolygon(ds.geos->get(), ds.communities[i].geom.get()));
            f.insert();
        }
    });
}

OGRLayer& create_community_layer(GDALDataset& out, const Dataset& ds, const std::string& notice) {
    return *create_layer(out, "communities", ds.working_srs.get(), wkbMultiPolygon, columns_of(community_columns()),
                         "小区（已标注规划）/ communities tagged from the plan. " + notice);
}

OGRLayer& create_building_layer(GDALDataset& out, const Dataset& ds, const std::string& notice) {
    return *create_layer(out, "buildings", ds.working_srs.get(), wkbMultiPolygon, columns_of(building_columns()),
                         "楼栋（已标注改造范围）/ buildings tagged with the plan's scope. " + notice);
}

std::vector<std::string> write_layers_after_buildings(GDALDataset& out, const Dataset& ds, const Analysis& analysis,
                                                      const InputSpec& inputs) {
    write_coverage(out, analysis);
    write_findings(out, analysis.discrepancies);
    return copy_context_layers(out, inputs, *ds.working_srs);
}

std::vector<std::string> write_tagged_layers(GDALDataset& out, const Dataset& ds, const Analysis& analysis,
                                             const InputSpec& inputs, const std::string& notice, const ProgressFn& progress) {
    write_communities(out, create_community_layer(out, ds, notice), ds, analysis);
    write_buildings(out, create_building_layer(out, ds, notice), ds, analysis, progress);
    return write_layers_after_buildings(out, ds, analysis, inputs);
}

std::vector<std::pair<std::string, std::string>> output_metadata(const Dataset& ds, const std::string& notice) {
    std::vector<std::pair<std::string, std::string>> items = {
        {"DATA_NOTICE", notice}, {"GENERATOR", generator}, {"WORKING_CRS", describe_srs(*ds.working_srs)}};
    if (!ds.assumptions.empty()) items.emplace_back("ASSUMPTIONS", join_list(ds.assumptions, "; ", "; "));
    return items;
}

std::string notice_of(const Dataset& ds, const OutputOptions& options) {
    return options.data_notice.empty() ? ds.data_notice : options.data_notice;
}

void finish_tagged_geopackage(GDALDataset& out, const std::string& path, const Dataset& ds, const std::string& notice,
                              const std::vector<std::string>& copied) {
    std::vector<std::string> styled{"communities", "buildings"};
    styled.insert(styled.end(), copied.begin(), copied.end());
    write_layer_styles(out, styled);
    for (const auto& [key, value] : output_metadata(ds, notice)) out.SetMetadataItem(key.c_str(), value.c_str());
    take_last_gdal_error();
    out.FlushCache();
    if (auto error = take_last_gdal_error(); !error.empty()) throw OutputError(path + ": cannot finish writing: " + error);
}

void write_tagged_geopackage(const std::string& path, const Dataset& ds, const Analysis& analysis,
                             const InputSpec& inputs, const OutputOptions& options, const ProgressFn& progress) {
    init_gdal();
    AtomicFile file(path, options.overwrite);
    {
        GDALDatasetUniquePtr out = create_geopackage(file.temp_path(), path);
        const std::string notice = notice_of(ds, options);
        const auto copied = write_tagged_layers(*out, ds, analysis, inputs, notice, progress);
        finish_tagged_geopackage(*out, path, ds, notice, copied);
    }
    file.commit();
}

}  // namespace renozone
