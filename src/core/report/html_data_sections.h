// The report's sections about the inputs themselves: what the engine found
// wrong with them (counted by kind, with an example), and the rules and
// reading notes every figure depends on.
#pragma once

#include "core/analysis/district.h"
#include "core/report/html_section.h"

namespace renozone {

HtmlSection discrepancies_section(const District& district, Lang lang);
HtmlSection rules_section(const District& district, Lang lang);

}  // namespace renozone
