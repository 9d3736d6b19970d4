#include "core/planning/project_store.h"

#include "core/base/atomic_file.h"
#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/base/text_utils.h"
#include "core/io/gpkg_fields.h"
#include "core/io/plan_loader.h"
#include "core/io/source.h"
#include "core/planning/plan_departments.h"

#include <pwd.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <thread>
#include <filesystem>

namespace renozone {
namespace {

constexpr const char* units_layer_name = "implementation_units";

// The funding split of a unit's money, as the ledger keeps it (funding_central, ...);
// projects saved before it was kept lack these fields, which are added when
// such a project is next written.
std::string funding_field(const FundingPart& part) { return std::string("funding_") + part.key; }

void add_missing_funding_fields(GDALDataset& ds, OGRLayer& layer) {
    std::vector<std::string> names;
    for (const auto& part : funding_parts()) names.push_back(funding_field(part));
    std::vector<Column> columns;
    for (const auto& name : names) columns.push_back({name.c_str(), OFTReal});
    add_missing_fields(ds, layer, columns);
}

void set_text(OGRFeature& f, const char* field, const std::string& value) {
    if (!value.empty()) f.SetField(field, value.c_str());
}

void write_attributes(OGRFeature& f, const UnitAttributes& a) {
    set_text(f, "name", a.name);
    set_text(f, "phase", a.phase);
    if (a.year) f.SetField("year", *a.year);
    set_text(f, "path", a.path);
    set_text(f, "lead_department", a.lead_department);
    set_text(f, "implementing_body", a.implementing_body);
    if (a.budget_cny) f.SetField("budget_cny", *a.budget_cny);
    if (a.money.pipeline_cost_cny) f.SetField("pipeline_cost_cny", *a.money.pipeline_cost_cny);
    if (a.money.funding)
        for (const auto& part : funding_parts()) f.SetField(funding_field(part).c_str(), (*a.money.funding).*part.share);
    f.SetField("updated", utc_now_iso().c_str());
}

void write_figures(OGRFeature& f, const UnitEvaluation& e) {
    f.SetField("buildings", static_cast<GIntBig>(e.figures.buildings));
    f.SetField("floor_area_m2", e.figures.floor_area_m2);
    f.SetField("households", static_cast<GIntBig>(e.figures.households));
    f.SetField("people", e.figures.people);
    f.SetField("lifts", static_cast<GIntBig>(e.figures.lifts));
    f.SetField("lift_subsidy_cny", e.figures.lift_subsidy_cny);
    f.SetField("pipeline_subsidy_cny", e.subsidy.pipeline_subsidy_cny);
    f.SetField("warnings", english_unit_warnings(e.warnings).c_str());
}

void set_geometry(OGRFeature& f, const GEOSGeometry* geom, GEOSContextHandle_t ctx) {
    std::unique_ptr<OGRGeometry> g(OGRGeometryFactory::createFromGEOS(ctx, const_cast<GEOSGeometry*>(geom)));
    if (!g) throw OutputError("cannot convert the unit polygon for writing");
    f.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(g.release()));
}

std::optional<std::string> text_field(OGRFeature& f, const char* name) {
    const int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return std::nullopt;
    return std::string(f.GetFieldAsString(i));
}

GDALDatasetUniquePtr open_project(const std::string& path) {
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!ds) {
        const std::string detail = take_last_gdal_error();
        throw InputError(path + ": cannot open the project for update: " +
                         (detail.empty() ? "damaged, or not a GeoPackage" : detail));
    }
    if (std::string(ds->GetDriverName()) != "GPKG") throw InputError(path + ": a project must be a GeoPackage");
    return ds;
}

}  // namespace

// Who changes the project: the OS user (a PostgreSQL project would name its role).
std::string current_user() {
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name) return entry->pw_name;
    if (const char* user = std::getenv("USER")) return user;
    return "uid " + std::to_string(geteuid());
}

std::string utc_now_iso() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

void check_unit_attributes(const UnitAttributes& a) {
    if (!a.phase.empty() && normalise_phase(a.phase) != a.phase)
        throw UsageError(Input::phase, {"'" + a.phase + "' is not 实施, 谋划 or 储备 (implement, plan, reserve)",
                                        "“" + a.phase + "”不是 实施、谋划 或 储备"});
    if (!a.path.empty() && normalise_path(a.path) != a.path)
        throw UsageError(Input::path, {"'" + a.path + "' is not 综合改造, 管理提升 or 自建联建", "“" + a.path + "”不是 综合改造、管理提升 或 自建联建"});
    if (!a.lead_department.empty() && !find_department(a.lead_department))
        throw UsageError(Input::lead_department, {"'" + a.lead_department + "' is not one of the plan's 13 responsible units (1–13 or its name)",
                                                  "“" + a.lead_department + "”不是方案的 13 个责任单位之一（1–13 或单位名称）"});
    if (a.year && (*a.year < 2000 || *a.year > 2100)) throw UsageError(Input::year, {std::to_string(*a.year) + " is not a plan year", std::to_string(*a.year) + " 不是规划年度"});
    if (a.budget_cny && *a.budget_cny < 0) throw UsageError(Input::budget_cny, {"must not be negative", "不能为负数"});
    if (a.money.pipeline_cost_cny && *a.money.pipeline_cost_cny < 0) throw UsageError(Input::pipeline_cost_cny, {"must not be negative", "不能为负数"});
}

ProjectStore::ProjectStore(const std::string& path, const OGRSpatialReference& working)
    : path_(path), working_(working.Clone(), [](OGRSpatialReference* s) { s->Release(); }) {
    init_gdal();
    if (!std::filesystem::exists(path)) create_project(path);
    ds_ = open_project(path);
    // Every table made now, before any layer is handed out: a project that
    // began as another GeoPackage (a tagged one) gets them once, here, whoever
    // of several planners starting at once gets there first.
    make_tables();
}

void ProjectStore::make_tables() {
    units_layer();
    site_checks_layer();
    site_decisions_layer();
    ledger_tables();
}

// A new project is made whole beside its place, every table in it, and put in
// place only if no other process made one meanwhile: twelve planners starting
// on the same new project all write into one file, none into a file replaced
// under it, and none races another to create a table.
void ProjectStore::create_project(const std::string& path) {
    AtomicFile file(path, false);
    ds_ = create_geopackage(file.temp_path(), path);
    make_tables();
    ds_.reset();
    file.commit_if_absent();  // false: another process's project is there now, and is the one to use
}

// A table the project lacks, made now; when another process made it first
// (its CREATE TABLE won), the project is read again and that table taken, so
// no layer may be held across this call.
OGRLayer& ProjectStore::layer_made(const char* name, const std::function<OGRLayer*()>& create) {
    constexpr int attempts = 5;
    for (int attempt = 1;; ++attempt) {
        if (OGRLayer* layer = ds_->GetLayerByName(name)) return *layer;
        try {
            OGRLayer* made = create();
            // GeoPackage tables are created on first write: now, so a race shows here, not mid-insert.
            if (made->SyncToDisk() != OGRERR_NONE)
                throw OutputError(path_ + ": cannot create the table '" + name + "': " + take_last_gdal_error());
            return *made;
        } catch (const OutputError&) {
            if (attempt == attempts) throw;
            // Another process's table, or its transaction still holding the file: read the project again.
            std::this_thread::sleep_for(std::chrono::milliseconds(20 * attempt));
            ds_ = open_project(path_);
        }
    }
}

ProjectStore::ProjectStore(const std::string& path) : path_(path) {
    init_gdal();
    if (!std::filesystem::exists(path)) throw InputError(path + ": no such project");
    ds_ = open_project(path);
}

OGRLayer& ProjectStore::units_layer() {
    if (OGRLayer* layer = ds_->GetLayerByName(units_layer_name)) {
        add_missing_funding_fields(*ds_, *layer);
        return *layer;
    }
    if (!working_) throw InputError(path_ + ": has no implementation units");
    return layer_made(units_layer_name, [&] { return create_layer(*ds_, units_layer_name, working_.get(), wkbMultiPolygon,
        {{"name", OFTString}, {"phase", OFTString}, {"year", OFTInteger}, {"path", OFTString},
         {"lead_department", OFTString}, {"implementing_body", OFTString}, {"budget_cny", OFTReal},
         {"pipeline_cost_cny", OFTReal}, {"funding_central", OFTReal}, {"funding_municipal", OFTReal},
         {"funding_district", OFTReal}, {"funding_residents", OFTReal}, {"buildings", OFTInteger64}, {"floor_area_m2", OFTReal},
         {"households", OFTInteger64}, {"people", OFTReal}, {"lifts", OFTInteger64}, {"lift_subsidy_cny", OFTReal},
         {"pipeline_subsidy_cny", OFTReal}, {"warnings", OFTString}, {"updated", OFTString}},
        "实施单元 / implementation units drawn by planners, with their figures at the last save"); });
}

OGRLayer& ProjectStore::site_checks_layer() {
    const std::vector<Column> chain = {{"follows_check", OFTInteger64}};
    if (OGRLayer* layer = ds_->GetLayerByName("site_checks")) {
        add_missing_fields(*ds_, *layer, chain);  // checks kept before the chain lack it
        return *layer;
    }
    return layer_made("site_checks", [&] {
        return create_layer(*ds_, "site_checks", working_.get(), wkbUnknown,
                            {{"type", OFTString}, {"verdict", OFTString}, {"households_served", OFTInteger64},
                             {"distance_method", OFTString}, {"radius_m", OFTReal}, {"area_m2", OFTReal},
                             {"failed_rules", OFTString}, {"warned_rules", OFTString}, {"checked", OFTString},
                             chain.front()},
                            "选址检查 / site checks of proposed facilities, one row per check");
    });
}

long long ProjectStore::add_unit(const UnitAttributes& a, const GEOSGeometry* geom, GEOSContextHandle_t ctx,
                                 const UnitEvaluation& e) {
    check_unit_attributes(a);
    OGRLayer& layer = units_layer();
    OGRFeature f(layer.GetLayerDefn());
    write_attributes(f, a);
    write_figures(f, e);
    set_geometry(f, geom, ctx);
    in_transaction(*ds_, [&] { insert_feature(layer, f); });
    return f.GetFID();
}

void ProjectStore::update_unit(long long id, const UnitAttributes& a, const GEOSGeometry* geom, GEOSContextHandle_t ctx,
                               const UnitEvaluation* e) {
    check_unit_attributes(a);
    OGRLayer& layer = units_layer();
    OGRFeatureUniquePtr f(layer.GetFeature(id));
    if (!f) throw InputError(path_ + ": no implementation unit with id " + std::to_string(id));
    write_attributes(*f, a);
    if (e) write_figures(*f, *e);
    if (geom) set_geometry(*f, geom, ctx);
    in_transaction(*ds_, [&] {
        if (layer.SetFeature(f.get()) != OGRERR_NONE) throw OutputError(path_ + ": cannot update unit " + std::to_string(id));
    });
}

void ProjectStore::delete_unit(long long id) {
    OGRLayer& layer = units_layer();
    in_transaction(*ds_, [&] {
        if (layer.DeleteFeature(id) != OGRERR_NONE)
            throw InputError(path_ + ": no implementation unit with id " + std::to_string(id));
    });
}

long long ProjectStore::add_site_check(const SiteCheck& check, const GEOSGeometry* site, GEOSContextHandle_t ctx,
                                       std::optional<long long> follows) {
    OGRLayer* layer = &site_checks_layer();
    if (follows && !OGRFeatureUniquePtr(layer->GetFeature(*follows)))
        throw InputError(path_ + ": no site check with id " + std::to_string(*follows) + " for this one to follow");
    OGRFeature f(layer->GetLayerDefn());
    if (follows) f.SetField("follows_check", static_cast<GIntBig>(*follows));
    f.SetField("type", check.type.c_str());
    f.SetField("verdict", status_name(check.verdict));
    f.SetField("households_served", static_cast<GIntBig>(check.households_served));
    f.SetField("distance_method", check.distance_method.c_str());
    f.SetField("radius_m", check.radius_m);
    f.SetField("area_m2", check.area_m2);
    std::string failed, warned;
    for (const auto& r : check.rules) {
        if (r.status == RuleStatus::fail) failed += (failed.empty() ? "" : ",") + r.id;
        if (r.status == RuleStatus::warn) warned += (warned.empty() ? "" : ",") + r.id;
    }
    f.SetField("failed_rules", failed.c_str());
    f.SetField("warned_rules", warned.c_str());
    f.SetField("checked", utc_now_iso().c_str());
    if (OGRGeometry* g = OGRGeometryFactory::createFromGEOS(ctx, const_cast<GEOSGeometry*>(site))) f.SetGeometryDirectly(g);
    in_transaction(*ds_, [&] { insert_feature(*layer, f); });
    return f.GetFID();
}

StoredUnit ProjectStore::unit(long long id, GEOSContextHandle_t ctx) {
    for (auto& u : units(ctx))
        if (u.id == id) return std::move(u);
    throw InputError(path_ + ": no implementation unit with id " + std::to_string(id));
}

std::vector<StoredUnit> ProjectStore::units(GEOSContextHandle_t ctx) {
    std::vector<StoredUnit> out;
    OGRLayer* layer = ds_->GetLayerByName(units_layer_name);
    if (!layer) return out;
    read_layer_features(*layer, path_ + ": layer '" + units_layer_name + "'", [&](OGRFeature& feature) {
        OGRFeature* f = &feature;
        const std::string where = path_ + ": layer '" + units_layer_name + "': feature " + std::to_string(f->GetFID());
        StoredUnit u;
        u.id = f->GetFID();
        u.updated = text_field(*f, "updated").value_or("");
        u.attributes.name = text_field(*f, "name").value_or("");
        u.attributes.phase = text_field(*f, "phase").value_or("");
        if (auto y = text_field(*f, "year")) {
            const auto year = parse_leading_number(*y);
            if (!year || *year < 0 || *year > 9999) throw InputError(where + ": year '" + abbreviate(*y) + "' is not a year");
            u.attributes.year = static_cast<int>(*year);
        }
        u.attributes.path = text_field(*f, "path").value_or("");
        u.attributes.lead_department = text_field(*f, "lead_department").value_or("");
        u.attributes.implementing_body = text_field(*f, "implementing_body").value_or("");
        if (f->IsFieldSetAndNotNull(f->GetFieldIndex("budget_cny"))) u.attributes.budget_cny = f->GetFieldAsDouble("budget_cny");
        if (f->IsFieldSetAndNotNull(f->GetFieldIndex("pipeline_cost_cny")))
            u.attributes.money.pipeline_cost_cny = f->GetFieldAsDouble("pipeline_cost_cny");
        FundingSplit split;
        bool funded = false;
        for (const auto& part : funding_parts()) {
            const int field = f->GetFieldIndex(funding_field(part).c_str());
            if (field < 0 || !f->IsFieldSetAndNotNull(field)) continue;
            split.*part.share = f->GetFieldAsDouble(field);
            funded = true;
        }
        if (funded) u.attributes.money.funding = split;
        if (const OGRGeometry* g = f->GetGeometryRef()) u.geom = own(ctx, g->exportToGEOS(ctx));
        out.push_back(std::move(u));
    });
    return out;
}

std::vector<StoredSiteCheck> ProjectStore::site_checks(GEOSContextHandle_t ctx) {
    std::vector<StoredSiteCheck> out;
    OGRLayer* layer = ds_->GetLayerByName("site_checks");
    if (!layer) return out;
    layer->ResetReading();
    auto number = [](OGRFeature& f, const char* name) {
        const int i = f.GetFieldIndex(name);
        return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsDouble(i) : 0.0;
    };
    for (auto& f : *layer) {
        StoredSiteCheck c;
        c.id = f->GetFID();
        c.type = text_field(*f, "type").value_or("");
        c.verdict = text_field(*f, "verdict").value_or("");
        c.households_served = static_cast<long long>(number(*f, "households_served"));
        c.distance_method = text_field(*f, "distance_method").value_or("");
        c.radius_m = number(*f, "radius_m");
        c.area_m2 = number(*f, "area_m2");
        c.failed_rules = text_field(*f, "failed_rules").value_or("");
        c.warned_rules = text_field(*f, "warned_rules").value_or("");
        c.checked = text_field(*f, "checked").value_or("");
        if (const int i = f->GetFieldIndex("follows_check"); i >= 0 && f->IsFieldSetAndNotNull(i)) c.follows = f->GetFieldAsInteger64(i);
        if (const OGRGeometry* g = f->GetGeometryRef()) c.geom = own(ctx, g->exportToGEOS(ctx));
        out.push_back(std::move(c));
    }
    for (auto& d : site_decisions())
        for (auto& c : out)
            if (c.id == d.check_id) {
                c.decision = std::move(d);
                ++c.decisions;
            }
    return out;
}

}  // namespace renozone
