#include "figure_format.h"

#include <QLocale>

namespace renozone::plugin::format {
namespace {

// QGIS sets the default locale without group separators unless the user asked
// for them (and QLocale::c() omits them too): "3040000" is hard to read, so
// the dock groups digits whatever the default says, as the viewer does.
QLocale grouped() {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

}  // namespace

QString count(long long value) { return grouped().toString(static_cast<qlonglong>(value)); }
QString number(double value, int decimals) { return grouped().toString(value, 'f', decimals); }
QString target(const std::optional<double>& value, int decimals) { return value ? number(*value, decimals) : QStringLiteral("–"); }
QString percent(const std::optional<double>& value) { return value ? number(*value, 1) + QStringLiteral(" %") : QStringLiteral("–"); }

}  // namespace renozone::plugin::format
