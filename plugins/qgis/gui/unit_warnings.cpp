#include "unit_warnings.h"

#include "engine_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace renozone::plugin {
namespace {

class UnitWarnings {
    Q_DECLARE_TR_FUNCTIONS(UnitWarnings)
};

QRegularExpressionMatch whole(const QString& pattern, const QString& text) {
    return QRegularExpression(QStringLiteral("^%1$").arg(pattern)).match(text);
}

}  // namespace

QString unit_warning_text(const std::string& warning) {
    const QString text = qs(warning);
    if (auto m = whole(QStringLiteral(R"(overlaps (\d+) other unit\(s\))"), text); m.hasMatch())
        return UnitWarnings::tr("overlaps %1 other unit(s)").arg(m.captured(1));
    if (auto m = whole(QStringLiteral(R"(crosses a street boundary \((.*)\))"), text); m.hasMatch())
        return UnitWarnings::tr("crosses a street boundary (%1)").arg(m.captured(1));
    if (auto m = whole(QStringLiteral(R"(cuts community (\S+) (.*) \((\S+) % inside\))"), text); m.hasMatch())
        return UnitWarnings::tr("cuts community %1 %2 (%3 % inside)").arg(m.captured(1), m.captured(2), m.captured(3));
    if (auto m = whole(QStringLiteral(R"(takes in (\d+) building\(s\) outside the plan's scope rules)"), text); m.hasMatch())
        return UnitWarnings::tr("takes in %1 building(s) outside the plan's scope rules").arg(m.captured(1));
    if (text == QLatin1String("contains heritage: repair, never demolish"))
        return UnitWarnings::tr("contains heritage: repair, never demolish");
    return text;
}

}  // namespace renozone::plugin
