#include "figure_format.h"

#include <QLocale>

namespace renozone::plugin::format {

QString count(long long value) { return QLocale().toString(static_cast<qlonglong>(value)); }
QString number(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }
QString target(const std::optional<double>& value, int decimals) { return value ? number(*value, decimals) : QStringLiteral("–"); }
QString percent(const std::optional<double>& value) { return value ? number(*value, 1) + QStringLiteral(" %") : QStringLiteral("–"); }

}  // namespace renozone::plugin::format
