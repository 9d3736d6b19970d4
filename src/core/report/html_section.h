// One section of the HTML report: an anchor, a heading and its HTML body.
#pragma once

#include "core/vocabulary/report_labels.h"

#include <string>

namespace renozone {

struct HtmlSection {
    std::string id;     // anchor for the table of contents
    std::string title;  // plain text
    std::string body;   // HTML
};

// A paragraph saying why a section has nothing to show.
std::string html_note(const std::string& text);

}  // namespace renozone
