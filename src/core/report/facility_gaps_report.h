// Facility gaps in the forms people and programs read: the JSON contract, one
// table per district / street / community (CSV) and the terminal text.
#pragma once

#include "core/base/table.h"
#include "core/planning/facility_gaps.h"

#include <nlohmann/json.hpp>

namespace renozone {

// One type: {"type", "radius_m", "district": {...}, "streets": [...], "communities": [...], ...}
nlohmann::ordered_json gaps_json(const District& district, const FacilityGaps& gaps);
// Several types: {"threshold_percent", "types": [gaps_json ...], "unknown_facility_types": [...]}
nlohmann::ordered_json gaps_summary_json(const District& district, const std::vector<FacilityGaps>& all,
                                         const std::vector<std::string>& unknown_types);

// Rows of every type: district, streets, then communities.
Table gaps_table(const District& district, const std::vector<FacilityGaps>& all, bool for_machines);
// One row per type.
Table gaps_summary_table(const std::vector<FacilityGaps>& all, bool for_machines);

// One type: its heading, the district / street / community table and the
// substandard count; several: one row per type.
std::string gaps_text(const District& district, const std::vector<FacilityGaps>& all,
                      const std::vector<std::string>& unknown_types);

}  // namespace renozone
