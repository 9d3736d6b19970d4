// What the buildings counted in the plan's scope could not give: the built year
// (their eligibility), floors, floor area, households. Said in every report
// that shows figures, never left as a silent 0.
#pragma once

#include "core/analysis/coverage.h"
#include "core/vocabulary/report_labels.h"

#include <string>

namespace renozone {

bool has_unknowns(const Figures& f);
// "unknown among the buildings counted: floors for 23,336 (…); …"; "" when all is known.
std::string unknowns_sentence(const Figures& f, Lang lang);
// Of every building placed: "of the 75 buildings: floors unknown for 75, built
// year for 75, households for 75"; "" when all is known.
std::string inventory_unknowns_sentence(const Inventory& inventory, Lang lang);

}  // namespace renozone
