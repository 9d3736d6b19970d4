// Extension points of the HTML report for the planning engines built beside
// it. Each engine adds here one function from its result struct to an
// HtmlSection and the report command passes the section in
// HtmlReportOptions::planning:
//   HtmlSection facility_gaps_section(const std::vector<FacilityGaps>&, Lang);  // facility_gaps.h
//   HtmlSection phasing_section(const Phasing&, Lang);                          // phasing.h
//   HtmlSection ledger_section(const std::vector<LedgerRecord>&, Lang);         // ledger.h
// Until then the report shows the section with a short note.
#pragma once

#include "html_section.h"

namespace renozone {

HtmlSection not_available_section(const std::string& id, Label title, Lang lang);

}  // namespace renozone
