#include "core/vocabulary/unit_warning_text.h"

#include "core/base/text_utils.h"

namespace renozone {
namespace {

std::string chinese(const UnitWarning& w) {
    switch (w.kind) {
        case UnitWarningKind::overlaps_units: return "与另外 " + std::to_string(w.count) + " 个实施单元重叠";
        case UnitWarningKind::crosses_streets: return "跨越街道边界（" + join_list(w.streets, "、", "、") + "）";
        case UnitWarningKind::cuts_community:
            return "切分小区 " + w.community_id + " " + w.community_name + "（" + percent_inside(w.share_inside) + "% 在单元内）";
        case UnitWarningKind::outside_scope:
            return "包含 " + std::to_string(w.count) + " 栋不符合规划改造范围规则的楼栋";
        case UnitWarningKind::contains_heritage: return "含历史建筑：只修缮，不拆除";
    }
    return {};
}

}  // namespace

std::string unit_warning_text(const UnitWarning& warning, Lang lang) {
    return lang == Lang::zh ? chinese(warning) : english_unit_warning(warning);
}

std::string unit_warnings_text(const std::vector<UnitWarning>& warnings, Lang lang) {
    std::vector<std::string> said;
    for (const auto& w : warnings) said.push_back(unit_warning_text(w, lang));
    return join_list(said, "; ", "; ");
}

}  // namespace renozone
