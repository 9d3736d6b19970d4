#include "core/vocabulary/site_rule_words.h"

#include "core/base/text_utils.h"

#include <cmath>

namespace renozone {
namespace {

struct RuleTitle {
    const char* id;
    const char* zh;
    const char* en;
};

const RuleTitle rule_titles[] = {
    {"within_scope", "位于改造范围内或邻近", "Within or next to the renovation scope"},
    {"no_building_overlap", "不压占现有建筑", "Not on an existing building"},
    {"outside_heritage", "避开历史文化保护范围", "Outside heritage protection areas"},
    {"river_buffer", "河道蓝线退让", "River setback"},
    {"min_site_area", "最小用地面积", "Minimum site area"},
    {"area_for_households", "按服务户数所需面积", "Area for the households served"},
    {"households_served", "服务户数", "Households served"},
    {"planned_communities_served", "服务的规划小区", "Planned communities served"},
    {"nearest_same_type", "最近同类设施", "Nearest facility of the same type"},
};

}  // namespace

std::string rule_title(const std::string& rule_id, Lang lang) {
    for (const auto& t : rule_titles)
        if (rule_id == t.id) return lang == Lang::zh ? t.zh : t.en;
    return rule_id;
}

std::string rule_status_title(RuleStatus status, Lang lang) {
    const bool zh = lang == Lang::zh;
    switch (status) {
        case RuleStatus::pass: return zh ? "通过" : "pass";
        case RuleStatus::warn: return zh ? "注意" : "warn";
        case RuleStatus::fail: return zh ? "不通过" : "fail";
    }
    return {};
}

std::string measure_text(const std::optional<double>& value, const std::string& unit, Lang lang) {
    if (!value) return "—";
    // Distances and areas to a tenth where they are not whole; counts whole.
    const bool whole = *value == std::round(*value);
    const int decimals = (unit == "m" || unit == "m²") && !whole ? 1 : 0;
    return format_number(*value, decimals) + (unit.empty() ? "" : " " + measure_unit_label(lang, unit));
}

std::string clause_text(const RuleResult& rule, Lang lang) {
    const bool zh = lang == Lang::zh;
    std::string text = zh && !rule.clause_zh.empty() ? rule.clause_zh : rule.clause;
    if (!rule.verified) text += zh ? "（未核实）" : " (unverified)";
    return text;
}

std::string clause_tooltip(const RuleResult& rule) {
    return rule.clause_zh.empty() ? rule.clause : rule.clause_zh + "\n" + rule.clause;
}

std::string reuse_building_title(Lang lang) { return lang == Lang::zh ? "利用现有建筑" : "Goes into an existing building"; }

std::string rule_message(const RuleResult& rule, Lang lang) {
    if (rule.remedy != RuleRemedy::reuse_building) return rule.message;
    return rule.message + (lang == Lang::zh ? "（如设施设在该楼内，请勾选“" + reuse_building_title(lang) + "”）"
                                            : " (tick '" + reuse_building_title(lang) + "' to reuse it)");
}

}  // namespace renozone
