// The project GeoPackage: implementation units, site checks, the ledger and
// its duties kept as layers of one file, changed inside SQLite transactions so a
// killed process never leaves it half-written. Any GeoPackage will do,
// including one written by `renozone tag`.
#pragma once

#include "core/planning/duties.h"
#include "core/planning/site_check.h"
#include "core/planning/site_decision.h"
#include "core/planning/unit_evaluation.h"

#include <gdal_priv.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace renozone {

struct UnitAttributes {
    std::string name;
    std::string phase;            // 实施 / 谋划 / 储备
    std::optional<int> year;
    std::string path;             // 综合改造 / 管理提升 / 自建联建
    std::string lead_department;  // one of the plan's 13 units
    std::string implementing_body;
    std::optional<double> budget_cny;
    UnitMoney money;
};

// Throws UsageError naming the field when a value is not one the plan knows.
void check_unit_attributes(const UnitAttributes& a);

struct StoredUnit {
    long long id = 0;
    UnitAttributes attributes;
    std::string updated;  // ISO 8601 UTC
    GeomPtr geom;         // working CRS
};

// A row of the site_checks layer as `check-site --project` wrote it.
struct StoredSiteCheck {
    long long id = 0;
    std::string type;
    std::string verdict;  // pass, warn, fail
    long long households_served = 0;
    std::string distance_method;
    double radius_m = 0;
    double area_m2 = 0;
    std::string failed_rules;  // comma-separated rule ids
    std::string warned_rules;
    std::string checked;  // ISO 8601 UTC
    GeomPtr geom;         // working CRS
    std::optional<long long> follows;         // the earlier check of the same site this one answers
    std::optional<SiteDecisionRow> decision;  // the bureau's latest, when it has decided
    int decisions = 0;                        // how many it has recorded
};

class ProjectStore {
public:
    // Opens the project for update, creating the file when it does not exist.
    ProjectStore(const std::string& path, const OGRSpatialReference& working);
    // Opens an existing project for update (InputError when there is none); it
    // cannot create the units layer.
    explicit ProjectStore(const std::string& path);

    long long add_unit(const UnitAttributes& a, const GEOSGeometry* geom, GEOSContextHandle_t ctx, const UnitEvaluation& e);
    // Only the attributes given (non-empty / set) change; the geometry when not null.
    void update_unit(long long id, const UnitAttributes& a, const GEOSGeometry* geom, GEOSContextHandle_t ctx,
                     const UnitEvaluation* e);
    void delete_unit(long long id);
    std::vector<StoredUnit> units(GEOSContextHandle_t ctx);
    StoredUnit unit(long long id, GEOSContextHandle_t ctx);  // InputError when there is none

    // Appends to the site_checks layer; returns the new id. `follows`: the
    // earlier check of the same site this one answers (InputError when there is none).
    long long add_site_check(const SiteCheck& check, const GEOSGeometry* site, GEOSContextHandle_t ctx,
                             std::optional<long long> follows = std::nullopt);
    std::vector<StoredSiteCheck> site_checks(GEOSContextHandle_t ctx);
    // The bureau's decision on site check row.check_id, appended with who and
    // when (InputError when there is no such check; UsageError from check_decision).
    SiteDecisionRow add_site_decision(SiteDecisionRow row);
    // Every decision, or one check's, oldest first.
    std::vector<SiteDecisionRow> site_decisions(std::optional<long long> check_id = std::nullopt);

    // The ledger: a record, its duties and its history rows are written in one transaction.
    long long add_ledger(const LedgerRecord& record, std::vector<Duty> duties);
    // record.version is the version the change was based on: when the stored
    // record has moved on since, nothing is written and OutputError says who
    // changed it when (no lost update). Concurrent writers take turns.
    void update_ledger(const LedgerRecord& record, std::vector<Duty> duties);
    // Every change of one project's record, oldest first.
    // One record's changes, or every record's; each record's oldest first.
    std::vector<LedgerChangeRow> ledger_history(std::optional<long long> id = std::nullopt);
    std::vector<LedgerRecord> ledger();
    LedgerRecord ledger_record(long long id);  // InputError when there is none
    // Every project's duties, or one project's.
    std::vector<Duty> duties(std::optional<long long> ledger_id = std::nullopt);
    const std::string& path() const { return path_; }
    GDALDataset& dataset() { return *ds_; }

private:
    void create_project(const std::string& path);
    OGRLayer& layer_made(const char* name, const std::function<OGRLayer*()>& create);
    OGRLayer& units_layer();
    OGRLayer& site_checks_layer();
    OGRLayer& site_decisions_layer();
    OGRLayer& ledger_layer();
    OGRLayer& duties_layer();
    OGRLayer& history_layer();
    struct LedgerTables {
        OGRLayer& ledger;
        OGRLayer& duties;
        OGRLayer& history;
    };
    LedgerTables ledger_tables();
    void make_tables();  // every table the project keeps, made where missing
    void write_duties(OGRLayer& layer, long long ledger_id, std::vector<Duty>& duties);
    std::string path_;
    GDALDatasetUniquePtr ds_;
    std::shared_ptr<OGRSpatialReference> working_;
};

std::string utc_now_iso();
// Who changes the project: the OS user.
std::string current_user();

}  // namespace renozone
