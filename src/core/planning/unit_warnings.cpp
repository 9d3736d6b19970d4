#include "core/planning/unit_warnings.h"

#include "core/base/text_utils.h"

#include <cmath>

namespace renozone {

std::string english_unit_warning(const UnitWarning& w) {
    switch (w.kind) {
        case UnitWarningKind::overlaps_units: return "overlaps " + std::to_string(w.count) + " other unit(s)";
        case UnitWarningKind::crosses_streets: return "crosses a street boundary (" + join_list(w.streets) + ")";
        case UnitWarningKind::cuts_community:
            return "cuts community " + w.community_id + " " + w.community_name + " (" + percent_inside(w.share_inside) +
                   " % inside)";
        case UnitWarningKind::outside_scope:
            return "takes in " + std::to_string(w.count) + " building(s) outside the plan's scope rules";
        case UnitWarningKind::contains_heritage: return "contains heritage: repair, never demolish";
    }
    return {};
}

std::string english_unit_warnings(const std::vector<UnitWarning>& warnings) {
    std::vector<std::string> said;
    for (const auto& w : warnings) said.push_back(english_unit_warning(w));
    return join_list(said, "; ", "; ");
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

}  // namespace renozone
