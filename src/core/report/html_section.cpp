#include "core/report/html_section.h"

#include "core/base/text_utils.h"

namespace renozone {

std::string html_note(const std::string& text) { return "<p class=\"note\">" + escape_xml(text) + "</p>"; }

}  // namespace renozone
