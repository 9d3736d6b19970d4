#include "core/report/figures.h"

#include "core/base/text_utils.h"

#include <cmath>

namespace renozone {

double round_to(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

std::string amount_text(double value, bool thousands) {
    const double cents = round_to(value, 2);
    return format_number(cents, std::round(cents) == cents ? 0 : 2, thousands);
}

std::string amount_text(const std::optional<double>& value, bool thousands) { return value ? amount_text(*value, thousands) : ""; }

std::string optional_number(const std::optional<double>& value, int decimals, bool thousands) {
    return value ? format_number(*value, decimals, thousands) : "-";
}

std::string optional_percent(const std::optional<double>& value) {
    return value ? format_number(*value, 1) + "%" : "-";
}

}  // namespace renozone
