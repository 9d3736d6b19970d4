// The engine's warnings about a drawn unit (evaluate_unit: overlaps, street
// boundary, cut communities, buildings outside the scope rules, heritage) in
// the interface language. The engine writes them in English; the core reads
// each form back (unit_warning_forms.h) and it is said again through tr(), an
// unknown one is shown as it is.
#pragma once

#include <QString>

#include <string>

namespace renozone::plugin {

QString unit_warning_text(const std::string& warning);

}  // namespace renozone::plugin
