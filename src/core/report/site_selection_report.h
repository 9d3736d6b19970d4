// Suggested sites as the JSON contract, a table (CSV) and terminal text.
#pragma once

#include "core/base/table.h"
#include "core/planning/site_selection.h"

#include <nlohmann/json.hpp>

namespace renozone {

// {"type", "method", "sites": [{"id", "x", "y", "marginal_households", "communities", ...}], "covered_households", ...}
nlohmann::ordered_json site_selection_json(const District& district, const SiteSelection& s);
Table site_selection_table(const District& district, const SiteSelection& s, bool for_machines);
std::string site_selection_text(const District& district, const SiteSelection& s);

}  // namespace renozone
