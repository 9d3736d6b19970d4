// How the dock shows the engine's figures: grouped digits in the user's
// locale, "–" where there is no target. Formatting only, never arithmetic.
#pragma once

#include <QString>

#include <optional>

namespace renozone::plugin::format {

QString count(long long value);
QString number(double value, int decimals = 0);
QString target(const std::optional<double>& value, int decimals = 0);
QString percent(const std::optional<double>& value);

}  // namespace renozone::plugin::format
