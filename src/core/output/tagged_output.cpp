#include "core/output/tagged_output.h"

#include "core/base/atomic_file.h"
#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/geometry/crs.h"
#include "core/geometry/geos_to_ogr.h"
#include "core/io/gpkg_fields.h"
#include "core/output/context_layers.h"
#include "core/output/layer_styles.h"

namespace renozone {
namespace {

constexpr const char* generator = "renozone 0.1.0";

void write_communities(GDALDataset& out, const Dataset& ds, const Analysis& a, const std::string& notice) {
    OGRLayer* layer = create_layer(out, "communities", ds.working_srs.get(), wkbMultiPolygon,
        {{"id", OFTString}, {"name", OFTString}, {"street_code", OFTString}, {"street_name", OFTString},
         {"committee", OFTString}, {"planned", OFTInteger, OFSTBoolean}, {"phase", OFTString}, {"year", OFTInteger},
         {"demonstration", OFTInteger, OFSTBoolean}, {"path", OFTString}, {"buildings", OFTInteger},
         {"floor_area_m2", OFTReal}, {"households", OFTInteger}, {"people", OFTReal}, {"lifts", OFTInteger},
         {"lift_subsidy_cny", OFTReal}, {"target_buildings", OFTReal}, {"target_floor_area_m2", OFTReal},
         {"target_households", OFTReal}, {"target_people", OFTReal}, {"eligible_not_planned", OFTInteger},
         {"all_buildings", OFTInteger}},
        "小区（已标注规划）/ communities tagged from the plan. " + notice);
    in_transaction(out, [&] {
        FeatureRow f(*layer);
        for (std::size_t i = 0; i < ds.communities.size(); ++i) {
            const auto& c = ds.communities[i];
            const auto& t = a.communities[i];
            const auto& row = a.coverage.communities[i];
            f.set("id", c.id.c_str());
            f.set("name", c.name.c_str());
            f.set("street_code", t.street_code.c_str());
            f.set("street_name", t.street_name.c_str());
            f.set("committee", c.committee.c_str());
            f.set("planned", t.planned ? 1 : 0);
            f.set("phase", t.phase.c_str());
            if (t.year) f.set("year", *t.year);
            f.set("demonstration", t.demonstration ? 1 : 0);
            f.set("path", t.path.c_str());
            f.set("buildings", static_cast<int>(row.figures.buildings));
            f.set("floor_area_m2", row.figures.floor_area_m2);
            f.set("households", static_cast<int>(row.figures.households));
            f.set("people", row.figures.people);
            f.set("lifts", static_cast<int>(row.figures.lifts));
            f.set("lift_subsidy_cny", row.figures.lift_subsidy_cny);
            if (row.targets.buildings) f.set("target_buildings", *row.targets.buildings);
            if (row.targets.floor_area_m2) f.set("target_floor_area_m2", *row.targets.floor_area_m2);
            if (row.targets.households) f.set("target_households", *row.targets.households);
            if (row.targets.people) f.set("target_people", *row.targets.people);
            f.set("eligible_not_planned", static_cast<int>(row.figures.eligible_not_planned));
            f.set("all_buildings", static_cast<int>(row.figures.all_buildings));
            f.set_geometry(to_ogr_multipolygon(ds.geos->get(), c.geom.get()));
            f.insert();
        }
    });
}

void write_buildings(GDALDataset& out, const Dataset& ds, const Analysis& a, const std::string& notice,
                     const ProgressFn& progress) {
    OGRLayer* layer = create_layer(out, "buildings", ds.working_srs.get(), wkbMultiPolygon,
        {{"id", OFTString}, {"name", OFTString}, {"address", OFTString}, {"community_id", OFTString},
         {"community_name", OFTString}, {"street_code", OFTString}, {"floors", OFTInteger}, {"built_year", OFTInteger},
         {"use", OFTString}, {"households", OFTInteger}, {"people", OFTReal}, {"people_estimated", OFTInteger, OFSTBoolean},
         {"floor_area_m2", OFTReal}, {"floor_area_estimated", OFTInteger, OFSTBoolean}, {"footprint_m2", OFTReal},
         {"floor_area_geom_m2", OFTReal}, {"share_inside", OFTReal}, {"in_planned_community", OFTInteger, OFSTBoolean},
         {"eligible", OFTInteger, OFSTBoolean}, {"reasons", OFTString}, {"in_plan", OFTInteger, OFSTBoolean},
         {"lift_candidate", OFTInteger, OFSTBoolean}, {"lifts", OFTInteger}, {"lift_subsidy_cny", OFTReal},
         {"safety_grade", OFTString}, {"d_grade", OFTInteger, OFSTBoolean}, {"rebuild_floor_area_max_m2", OFTReal},
         {"heritage", OFTInteger, OFSTBoolean}, {"repaired", OFTInteger, OFSTBoolean},
         // As recorded, so the file read back as input gives the same figures.
         {"floor_area", OFTReal}, {"stairwells", OFTInteger}},
        "楼栋（已标注改造范围）/ buildings tagged with the plan's scope. " + notice);
    in_transaction(out, [&] {
        FeatureRow f(*layer);
        for (std::size_t i = 0; i < ds.buildings.size(); ++i) {
            const auto& b = ds.buildings[i];
            const auto& t = a.buildings[i];
            f.set("id", b.id.c_str());
            f.set("name", b.name.c_str());
            f.set("address", b.address.c_str());
            if (t.place.community >= 0) {
                const auto& c = ds.communities[t.place.community];
                f.set("community_id", c.id.c_str());
                f.set("community_name", c.name.c_str());
                f.set("street_code", a.communities[t.place.community].street_code.c_str());
            }
            if (b.floors) f.set("floors", *b.floors);
            if (b.built_year) f.set("built_year", *b.built_year);
            f.set("use", use_name(b.use));
            f.set("households", t.households);
            f.set("people", t.people);
            f.set("people_estimated", t.people_estimated ? 1 : 0);
            f.set("floor_area_m2", t.floor_area_m2);
            f.set("floor_area_estimated", t.floor_area_estimated ? 1 : 0);
            f.set("footprint_m2", t.place.footprint_m2);
            f.set("floor_area_geom_m2", t.floor_area_geom_m2);
            f.set("share_inside", t.place.share_inside);
            f.set("in_planned_community", t.in_planned_community ? 1 : 0);
            f.set("eligible", t.eligible ? 1 : 0);
            f.set("reasons", t.reasons().c_str());
            f.set("in_plan", t.in_plan ? 1 : 0);
            f.set("lift_candidate", t.lift_candidate ? 1 : 0);
            f.set("lifts", t.lifts);
            f.set("lift_subsidy_cny", t.lift_subsidy_cny);
            f.set("safety_grade", b.safety_grade.c_str());
            f.set("d_grade", t.d_grade ? 1 : 0);
            if (t.d_grade) f.set("rebuild_floor_area_max_m2", t.rebuild_floor_area_max_m2);
            f.set("heritage", b.heritage ? 1 : 0);
            f.set("repaired", b.repaired ? 1 : 0);
            if (b.floor_area) f.set("floor_area", *b.floor_area);
            if (b.stairwells) f.set("stairwells", *b.stairwells);
            f.set_geometry(to_ogr_multipolygon(ds.geos->get(), b.geom.get()));
            f.insert();
            if (progress && ((i + 1) % 4096 == 0 || i + 1 == ds.buildings.size()))
                progress(Stage::writing_buildings, static_cast<long long>(i + 1), static_cast<long long>(ds.buildings.size()));
        }
    });
}

void set_optional(FeatureRow& f, const char* field, const std::optional<double>& value) {
    if (value) f.set(field, *value);
}

void write_coverage(GDALDataset& out, const Analysis& a) {
    OGRLayer* layer = create_layer(out, "coverage", nullptr, wkbNone,
        {{"level", OFTString}, {"code", OFTString}, {"name", OFTString}, {"street_code", OFTString},
         {"planned", OFTInteger, OFSTBoolean}, {"phase", OFTString}, {"year", OFTInteger},
         {"demonstration", OFTInteger, OFSTBoolean}, {"communities", OFTInteger}, {"target_communities", OFTReal},
         {"buildings", OFTInteger}, {"target_buildings", OFTReal}, {"buildings_pct", OFTReal},
         {"floor_area_m2", OFTReal}, {"target_floor_area_m2", OFTReal}, {"floor_area_pct", OFTReal},
         {"households", OFTInteger}, {"target_households", OFTReal}, {"households_pct", OFTReal},
         {"people", OFTReal}, {"target_people", OFTReal}, {"people_pct", OFTReal}, {"footprint_m2", OFTReal},
         {"floor_area_geom_m2", OFTReal}, {"lift_candidates", OFTInteger}, {"lifts", OFTInteger},
         {"lift_subsidy_cny", OFTReal}, {"d_grade_buildings", OFTInteger}, {"heritage_buildings", OFTInteger},
         {"eligible_not_planned", OFTInteger}, {"all_buildings", OFTInteger}},
        "改造覆盖与规划目标对比 / coverage of the plan's scope beside its targets (district, streets, communities)");
    FeatureRow row(*layer);
    auto write_row = [&](const CoverageRow& r) {
        const auto& f = r.figures;
        const auto& t = r.targets;
        row.set("level", r.level.c_str());
        row.set("code", r.code.c_str());
        row.set("name", r.name.c_str());
        row.set("street_code", r.street_code.c_str());
        row.set("planned", r.planned ? 1 : 0);
        row.set("phase", r.phase.c_str());
        if (r.year) row.set("year", *r.year);
        row.set("demonstration", r.demonstration ? 1 : 0);
        row.set("communities", static_cast<int>(f.communities));
        set_optional(row, "target_communities", t.communities);
        row.set("buildings", static_cast<int>(f.buildings));
        set_optional(row, "target_buildings", t.buildings);
        set_optional(row, "buildings_pct", percent(double(f.buildings), t.buildings));
        row.set("floor_area_m2", f.floor_area_m2);
        set_optional(row, "target_floor_area_m2", t.floor_area_m2);
        set_optional(row, "floor_area_pct", percent(f.floor_area_m2, t.floor_area_m2));
        row.set("households", static_cast<int>(f.households));
        set_optional(row, "target_households", t.households);
        set_optional(row, "households_pct", percent(double(f.households), t.households));
        row.set("people", f.people);
        set_optional(row, "target_people", t.people);
        set_optional(row, "people_pct", percent(f.people, t.people));
        row.set("footprint_m2", f.footprint_m2);
        row.set("floor_area_geom_m2", f.floor_area_geom_m2);
        row.set("lift_candidates", static_cast<int>(f.lift_candidates));
        row.set("lifts", static_cast<int>(f.lifts));
        row.set("lift_subsidy_cny", f.lift_subsidy_cny);
        row.set("d_grade_buildings", static_cast<int>(f.d_grade));
        row.set("heritage_buildings", static_cast<int>(f.heritage));
        row.set("eligible_not_planned", static_cast<int>(f.eligible_not_planned));
        row.set("all_buildings", static_cast<int>(f.all_buildings));
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

std::vector<std::string> write_tagged_layers(GDALDataset& out, const Dataset& ds, const Analysis& analysis,
                                             const InputSpec& inputs, const std::string& notice, const ProgressFn& progress) {
    write_communities(out, ds, analysis, notice);
    write_buildings(out, ds, analysis, notice, progress);
    write_coverage(out, analysis);
    write_findings(out, analysis.discrepancies);
    return copy_context_layers(out, inputs, *ds.working_srs);
}

std::vector<std::pair<std::string, std::string>> output_metadata(const Dataset& ds, const std::string& notice) {
    return {{"DATA_NOTICE", notice}, {"GENERATOR", generator}, {"WORKING_CRS", describe_srs(*ds.working_srs)}};
}

void write_tagged_geopackage(const std::string& path, const Dataset& ds, const Analysis& analysis,
                             const InputSpec& inputs, const OutputOptions& options, const ProgressFn& progress) {
    init_gdal();
    AtomicFile file(path, options.overwrite);
    {
        GDALDatasetUniquePtr out = create_geopackage(file.temp_path(), path);
        const std::string notice = options.data_notice.empty() ? ds.data_notice : options.data_notice;
        const auto copied = write_tagged_layers(*out, ds, analysis, inputs, notice, progress);
        std::vector<std::string> styled{"communities", "buildings"};
        styled.insert(styled.end(), copied.begin(), copied.end());
        write_layer_styles(*out, styled);
        for (const auto& [key, value] : output_metadata(ds, notice)) out->SetMetadataItem(key.c_str(), value.c_str());
        take_last_gdal_error();
        out->FlushCache();
        if (auto error = take_last_gdal_error(); !error.empty()) throw OutputError(path + ": cannot finish writing: " + error);
    }
    file.commit();
}

}  // namespace renozone
