#include "unit_warnings.h"

#include "core/planning/unit_warning_forms.h"
#include "engine_text.h"

#include <QCoreApplication>

namespace renozone::plugin {
namespace {

class UnitWarnings {
    Q_DECLARE_TR_FUNCTIONS(UnitWarnings)
};

}  // namespace

QString unit_warning_text(const std::string& warning) {
    const auto read = read_unit_warning(warning);
    if (!read) return qs(warning);
    auto value = [&](std::size_t i) { return qs(read->values.at(i)); };
    switch (read->form) {
        case UnitWarningForm::overlaps_units: return UnitWarnings::tr("overlaps %1 other unit(s)").arg(value(0));
        case UnitWarningForm::crosses_streets: return UnitWarnings::tr("crosses a street boundary (%1)").arg(value(0));
        case UnitWarningForm::cuts_community:
            return UnitWarnings::tr("cuts community %1 %2 (%3 % inside)").arg(value(0), value(1), value(2));
        case UnitWarningForm::outside_scope:
            return UnitWarnings::tr("takes in %1 building(s) outside the plan's scope rules").arg(value(0));
        case UnitWarningForm::contains_heritage: return UnitWarnings::tr("contains heritage: repair, never demolish");
    }
    return qs(warning);
}

}  // namespace renozone::plugin
