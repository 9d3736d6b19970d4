#include "html_planning_sections.h"

namespace renozone {

HtmlSection not_available_section(const std::string& id, Label title, Lang lang) {
    return {id, label(lang, title), "<p class=\"note not-available\">" + std::string(label(lang, Label::not_available)) + "</p>"};
}

}  // namespace renozone
