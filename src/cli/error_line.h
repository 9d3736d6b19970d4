// An engine error as the CLI prints it after "renozone: error: ": a value the
// user typed is named by the option it was typed in (--funding), which the
// engine does not know.
#pragma once

#include "core/base/errors.h"

#include <string>

namespace renozone::cli {

std::string option_of(Input input);  // Input::lead_department → "--lead"
std::string error_line(const Error& error);

}  // namespace renozone::cli
