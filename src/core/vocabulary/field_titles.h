// What the shells call the engine's fields, in Chinese and English: the
// attributes of the tagged layers (communities, buildings, context layers) and
// the columns of its output tables (coverage, units, site checks, gaps,
// suggested sites). The field names stay ASCII for files and expressions; the
// viewer's attribute panels and the plugin's Chinese aliases show these.
#pragma once

#include "core/vocabulary/report_labels.h"

#include <string>

namespace renozone {

bool has_field_title(const std::string& field);
// "households" → 户数 / Households; a field without a title is shown as it is.
std::string field_title(const std::string& field, Lang lang);

}  // namespace renozone
