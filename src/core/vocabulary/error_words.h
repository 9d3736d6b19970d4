// An engine error as the viewer and the QGIS plugin say it: in the interface's
// language, naming a value the planner typed by the title of its field, never
// by a command-line option (the CLI words errors its own way).
#pragma once

#include "core/base/errors.h"
#include "core/vocabulary/report_labels.h"

#include <string>

namespace renozone {

// "资金分担" / "Funding shares": the field a form asks the value in, the same
// in the viewer's and the plugin's forms and in the errors about it (the
// field's title: an input's key is the field that holds its value).
std::string input_title(Input input, Lang lang);

// The whole message; the English one where it is not said in Chinese yet.
std::string error_message(const Error& error, Lang lang);

}  // namespace renozone
