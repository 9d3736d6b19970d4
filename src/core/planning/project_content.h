// What a report shows from a project GeoPackage: its implementation units,
// site checks and ledger.
#pragma once

#include "core/analysis/district.h"
#include "core/planning/project_store.h"

#include <string>
#include <vector>

namespace renozone {

struct ProjectContent {
    std::string name;  // the file's name, without its folder
    std::vector<StoredUnit> units;
    std::vector<StoredSiteCheck> site_checks;
    std::vector<LedgerRecord> ledger;
};

// Throws InputError when the file does not exist or is not a GeoPackage.
ProjectContent read_project(const std::string& path, const District& district);

}  // namespace renozone
