// What evaluate_unit warns a planner of about a drawn unit, as values: each
// shell words them its own way (vocabulary/unit_warning_text.h). The English
// sentence is the form the CLI, the JSON contract and the project GeoPackage
// keep.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace renozone {

enum class UnitWarningKind {
    overlaps_units,     // count: how many other units it overlaps
    crosses_streets,    // streets: the street codes it enters
    cuts_community,     // community_id, community_name, share_inside
    outside_scope,      // count: buildings that fail the plan's scope rules
    contains_heritage,  // no values
};

struct UnitWarning {
    explicit UnitWarning(UnitWarningKind k) : kind(k) {}
    UnitWarningKind kind;
    std::size_t count = 0;
    std::vector<std::string> streets;
    std::string community_id;
    std::string community_name;
    double share_inside = 0;  // 0–1
};

// "cuts community FS03 老街片区 (12 % inside)"
std::string english_unit_warning(const UnitWarning& warning);
// The warnings one after another, "; " between them, as the project GeoPackage keeps them.
std::string english_unit_warnings(const std::vector<UnitWarning>& warnings);

// A share (0–1) of a community inside a unit as a percentage: whole numbers,
// but one decimal where rounding would say 100 or 0 of a share that is neither
// (99.6, not 100, for a community the unit cuts).
std::string percent_inside(double share);

}  // namespace renozone
