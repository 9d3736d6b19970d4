// Numbers as the reports write them: rounded for JSON, to the cent without
// separators for CSV-like columns, and "-" where a figure is unknown.
#pragma once

#include <optional>
#include <string>

namespace renozone {

// Half away from zero, to `decimals` places (JSON values).
double round_to(double value, int decimals);

// To the cent, whole numbers without decimals; thousands separated when asked
// (for people), not by default (for columns machines read). "" when unknown.
std::string amount_text(double value, bool thousands = false);
std::string amount_text(const std::optional<double>& value, bool thousands = false);

// "-" when unknown.
std::string optional_number(const std::optional<double>& value, int decimals = 0, bool thousands = true);
std::string optional_percent(const std::optional<double>& value);  // "12.3%"

}  // namespace renozone
