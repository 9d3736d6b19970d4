// An implementation unit's evaluation as JSON (the contract the viewer, the
// plugin and scripts read) and as text for the terminal.
#pragma once

#include "core/planning/unit_evaluation.h"

#include <nlohmann/json.hpp>

namespace renozone {

nlohmann::ordered_json unit_json(const District& district, const UnitEvaluation& e);
std::string unit_text(const District& district, const UnitEvaluation& e, const std::string& title);

}  // namespace renozone
