// Phasing (实施一批、谋划一批、储备一批): the project's units and the planned
// communities left outside them, by year and phase, with cumulative figures
// against the plan's 2021–2025 targets.
#pragma once

#include "core/analysis/district.h"
#include "core/planning/project_store.h"

#include <optional>
#include <string>
#include <vector>

namespace renozone {

struct PhasingItem {
    std::string kind;  // unit, community
    std::string id;    // unit id or community id
    std::string name;
    std::string phase;  // 实施 / 谋划 / 储备, or empty
    std::optional<int> year;
    // In-plan buildings this item renovates; `communities` counts the planned
    // communities it completes (the latest-scheduled part of each).
    Figures figures;
};

struct PhasePart {
    std::string phase;
    Figures figures;
};

struct PhasingYear {
    std::optional<int> year;         // none: items without a year, after the scheduled years
    std::vector<PhasePart> phases;   // 实施, 谋划, 储备, then unphased, those present
    Figures total;
    Figures cumulative;              // every year up to and including this one
    Targets plan_cumulative;         // plan-table targets of the communities due by this year
};

struct Phasing {
    std::vector<PhasingItem> items;  // by year, phase, units first
    std::vector<PhasingYear> years;  // every year from the first to the last, then unscheduled
    Targets district_targets;        // plan_targets (the plan's totals)
    long long overlapping_buildings = 0;  // inside more than one unit: counted in the lowest id
};

// A building inside a unit takes the unit's year and phase; the rest of a
// planned community keeps the plan table's.
Phasing compute_phasing(const District& district, const std::vector<StoredUnit>& units);

}  // namespace renozone
