// The report's style sheet, inlined into the page so it needs nothing else.
#pragma once

#include <string>

namespace renozone {

const char* html_report_css();

// A swatch of the map's phase colour before the phase cell of a row with the
// class phase_swatch_class(phase, planned): the tables match the map.
std::string phase_swatch_css();
std::string phase_swatch_class(const std::string& phase, bool planned);

}  // namespace renozone
