// The report's sections on coverage against the plan: district and street
// totals, one row per community, and lifts with their subsidies.
#pragma once

#include "core/analysis/district.h"
#include "core/report/html_section.h"

namespace renozone {

HtmlSection totals_section(const District& district, Lang lang);
HtmlSection communities_section(const District& district, Lang lang);
HtmlSection lifts_section(const District& district, Lang lang);

}  // namespace renozone
