// The report's style sheet, inlined into the page so it needs nothing else.
#pragma once

namespace renozone {

const char* html_report_css();

}  // namespace renozone
