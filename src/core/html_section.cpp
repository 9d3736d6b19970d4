#include "html_section.h"

#include "text_utils.h"

namespace renozone {

std::string html_note(const std::string& text) { return "<p class=\"note\">" + escape_xml(text) + "</p>"; }

}  // namespace renozone
