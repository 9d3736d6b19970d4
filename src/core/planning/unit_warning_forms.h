// The forms of the warnings evaluate_unit gives about a drawn unit. The engine
// writes them in English (the CLI, JSON and the project store keep that text);
// an interface reads the form and its values back and says it in its own
// language. Writing and reading share one template per form, so they cannot
// drift apart.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace renozone {

enum class UnitWarningForm {
    overlaps_units,     // values: how many other units
    crosses_streets,    // values: the street codes, comma-separated
    cuts_community,     // values: community id, community name, percent of it inside the unit
    outside_scope,      // values: how many buildings fail the plan's scope rules
    contains_heritage,  // no values
};

struct UnitWarning {
    UnitWarningForm form;
    std::vector<std::string> values;
};

std::string english_unit_warning(const UnitWarning& warning);

// A share (0–1) of a community inside a unit as a percentage: whole numbers,
// but one decimal where rounding would say 100 or 0 of a share that is neither
// (99.6, not 100, for a community the unit cuts).
std::string percent_inside(double share);

// nullopt for text that is none of the forms (an interface shows it as it is).
std::optional<UnitWarning> read_unit_warning(const std::string& text);

}  // namespace renozone
