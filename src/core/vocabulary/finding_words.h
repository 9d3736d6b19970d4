// What the engine found in the data, as a problems list says it: the level
// and the message in Chinese or English.
#pragma once

#include "core/base/findings.h"
#include "core/vocabulary/report_labels.h"

#include <string>

namespace renozone {

std::string severity_title(Severity severity, Lang lang);  // "错误" / "Error"

// The whole message, file, layer and feature first; the English one where it is not said in Chinese yet.
std::string finding_text(const Finding& finding, Lang lang);

}  // namespace renozone
