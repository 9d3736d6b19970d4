// A unit's warnings as a planner reads them, in Chinese or English; the shells
// and the HTML report say them so, the same words everywhere.
#pragma once

#include "core/planning/unit_warnings.h"
#include "core/vocabulary/report_labels.h"

#include <string>
#include <vector>

namespace renozone {

std::string unit_warning_text(const UnitWarning& warning, Lang lang);

// The warnings one after another, "; " between them.
std::string unit_warnings_text(const std::vector<UnitWarning>& warnings, Lang lang);

}  // namespace renozone
