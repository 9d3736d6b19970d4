#include "core/planning/unit_warning_forms.h"

#include "core/base/text_utils.h"

#include <cmath>

namespace renozone {
namespace {

struct Template {
    UnitWarningForm form;
    // The literal text around the values: one more piece than there are values.
    std::vector<std::string> pieces;
};

const Template templates[] = {
    {UnitWarningForm::overlaps_units, {"overlaps ", " other unit(s)"}},
    {UnitWarningForm::crosses_streets, {"crosses a street boundary (", ")"}},
    {UnitWarningForm::cuts_community, {"cuts community ", " ", " (", " % inside)"}},
    {UnitWarningForm::outside_scope, {"takes in ", " building(s) outside the plan's scope rules"}},
    {UnitWarningForm::contains_heritage, {"contains heritage: repair, never demolish"}},
};

const Template& template_of(UnitWarningForm form) {
    for (const auto& t : templates)
        if (t.form == form) return t;
    return templates[0];  // unreachable: every form has a template
}

bool starts_with(const std::string& text, const std::string& start) { return text.compare(0, start.size(), start) == 0; }
bool ends_with(const std::string& text, const std::string& end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// Values are non-empty. Each but the last ends at the first following piece;
// the last ends at the final piece's own place, so a community name may hold
// " (" without confusing the percent after it.
std::optional<std::vector<std::string>> match(const Template& t, const std::string& text) {
    const std::string& first = t.pieces.front();
    const std::string& last = t.pieces.back();
    if (t.pieces.size() == 1) return text == first ? std::optional(std::vector<std::string>{}) : std::nullopt;
    if (text.size() < first.size() + last.size() || !starts_with(text, first) || !ends_with(text, last)) return std::nullopt;
    const std::string middle = text.substr(first.size(), text.size() - first.size() - last.size());
    std::vector<std::string> values;
    std::size_t at = 0;
    for (std::size_t i = 1; i + 1 < t.pieces.size(); ++i) {
        const bool before_last_value = i + 2 == t.pieces.size();
        const std::size_t end = before_last_value ? middle.rfind(t.pieces[i]) : middle.find(t.pieces[i], at + 1);
        if (end == std::string::npos || end <= at) return std::nullopt;
        values.push_back(middle.substr(at, end - at));
        at = end + t.pieces[i].size();
    }
    if (at >= middle.size()) return std::nullopt;
    values.push_back(middle.substr(at));
    return values;
}

}  // namespace

std::string english_unit_warning(const UnitWarning& warning) {
    const Template& t = template_of(warning.form);
    std::string text = t.pieces.front();
    for (std::size_t i = 1; i < t.pieces.size(); ++i)
        text += (i - 1 < warning.values.size() ? warning.values[i - 1] : std::string()) + t.pieces[i];
    return text;
}

std::string percent_inside(double share) {
    const double percent = 100.0 * share;
    // As many decimals as it takes (up to 3) not to look whole or empty when it is neither.
    int decimals = 0;
    for (; decimals < 3; ++decimals) {
        const double scale = std::pow(10.0, decimals), rounded = std::round(percent * scale) / scale;
        if (!((rounded == 100 && percent != 100) || (rounded == 0 && percent != 0))) break;
    }
    return format_number(percent, decimals);
}

std::optional<UnitWarning> read_unit_warning(const std::string& text) {
    for (const auto& t : templates)
        if (auto values = match(t, text)) return UnitWarning{t.form, std::move(*values)};
    return std::nullopt;
}

}  // namespace renozone
