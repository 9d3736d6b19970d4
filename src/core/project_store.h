// The project GeoPackage: implementation units (and later site checks and the
// ledger) kept as layers of one file, changed inside SQLite transactions so a
// killed process never leaves it half-written. Any GeoPackage will do,
// including one written by `renozone tag`.
#pragma once

#include "site_check.h"
#include "unit_evaluation.h"

#include <gdal_priv.h>

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
    long long id;
    UnitAttributes attributes;
    std::string updated;  // ISO 8601 UTC
    GeomPtr geom;         // working CRS
};

class ProjectStore {
public:
    // Opens the project for update, creating the file when it does not exist.
    ProjectStore(const std::string& path, const OGRSpatialReference& working);

    long long add_unit(const UnitAttributes& a, const GEOSGeometry* geom, GEOSContextHandle_t ctx, const UnitEvaluation& e);
    // Only the attributes given (non-empty / set) change; the geometry when not null.
    void update_unit(long long id, const UnitAttributes& a, const GEOSGeometry* geom, GEOSContextHandle_t ctx,
                     const UnitEvaluation* e);
    void delete_unit(long long id);
    std::vector<StoredUnit> units(GEOSContextHandle_t ctx);

    // Appends to the site_checks layer; returns the new id.
    long long add_site_check(const SiteCheck& check, const GEOSGeometry* site, GEOSContextHandle_t ctx);
    const std::string& path() const { return path_; }
    GDALDataset& dataset() { return *ds_; }

private:
    OGRLayer& units_layer();
    std::string path_;
    GDALDatasetUniquePtr ds_;
    std::shared_ptr<OGRSpatialReference> working_;
};

std::string utc_now_iso();

}  // namespace renozone
