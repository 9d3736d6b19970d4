// The report's sections computed by the planning engines: facility gaps
// (facility_gaps.h) and phasing by year (phasing.h), each rendered from its
// engine's result. Both come from the data and the plan, so they are shown
// with or without a project.
#pragma once

#include "core/planning/facility_gaps.h"
#include "core/planning/phasing.h"
#include "core/report/html_section.h"

#include <string>
#include <vector>

namespace renozone {

// One row per facility type, then the planned communities' coverage per type.
HtmlSection facility_gaps_section(const District& district, const std::vector<FacilityGaps>& gaps,
                                  const std::vector<std::string>& unknown_types, Lang lang);

// Figures by year and phase, then cumulative against the plan's targets;
// `with_project` tells whether the project's units were phased too.
HtmlSection phasing_section(const Phasing& phasing, bool with_project, Lang lang);

}  // namespace renozone
