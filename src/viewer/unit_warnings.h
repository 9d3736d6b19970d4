// The engine's warnings about a drawn unit (evaluate_unit writes them in
// English) in the interface language: the core reads each form back
// (unit_warning_forms.h), and it is said again in Chinese, or English through
// the translation. Text of no known form is shown as it is.
#pragma once

#include <QString>

#include <string>

namespace renozone::viewer {

QString unit_warning_text(const std::string& warning);

}  // namespace renozone::viewer
