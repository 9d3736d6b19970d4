#include "unit_warnings.h"

#include "core/planning/unit_warning_forms.h"

#include <QCoreApplication>

namespace renozone::viewer {

QString unit_warning_text(const std::string& warning) {
    const auto read = read_unit_warning(warning);
    if (!read) return QString::fromStdString(warning);
    auto value = [&](std::size_t i) { return QString::fromStdString(read->values.at(i)); };
    switch (read->form) {
        case UnitWarningForm::overlaps_units: return QCoreApplication::translate("UnitWarnings", "与另外 %1 个实施单元重叠").arg(value(0));
        case UnitWarningForm::crosses_streets: return QCoreApplication::translate("UnitWarnings", "跨越街道边界（%1）").arg(value(0));
        case UnitWarningForm::cuts_community: return QCoreApplication::translate("UnitWarnings", "切分小区 %1 %2（%3% 在单元内）").arg(value(0), value(1), value(2));
        case UnitWarningForm::outside_scope: return QCoreApplication::translate("UnitWarnings", "包含 %1 栋不符合规划改造范围规则的楼栋").arg(value(0));
        case UnitWarningForm::contains_heritage: return QCoreApplication::translate("UnitWarnings", "含历史建筑：只修缮，不拆除");
    }
    return QString::fromStdString(warning);
}

}  // namespace renozone::viewer
