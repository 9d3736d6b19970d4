#include "core/vocabulary/facility_type_names.h"

#include "core/base/name_match.h"
#include "core/base/text_utils.h"
#include "core/vocabulary/report_labels.h"

#include <algorithm>

namespace renozone {
namespace {

// Every name of the type, each as name_key compares it: the labels of the
// reports in both languages, the rules file's name ("幼儿园 kindergarten"),
// its Chinese words before the English ones, and each part of a "、" list.
std::vector<std::string> facility_type_spellings(const FacilityRule& rule) {
    std::vector<std::string> spellings = {rule.type, facility_label(Lang::zh, rule.type),
                                          facility_label(Lang::en, rule.type), rule.name};
    const std::string chinese = rule.name.substr(0, rule.name.find(' '));
    spellings.push_back(chinese);
    for (const auto& part : split_any(chinese, {"、"})) spellings.push_back(part);
    for (auto& spelling : spellings) spelling = to_lower_ascii(name_key(spelling));
    return spellings;
}

}  // namespace

std::string facility_type_key(const SiteRules& rules, const std::string& raw) {
    const std::string typed = trim(raw);
    if (rules.types.count(typed)) return typed;
    const std::string key = to_lower_ascii(name_key(typed));
    std::vector<std::vector<std::string>> spellings;
    std::vector<std::string> shown;  // 幼儿园 (kindergarten)
    for (const auto& [type, rule] : rules.types) {
        spellings.push_back(facility_type_spellings(rule));
        if (!key.empty() && std::find(spellings.back().begin(), spellings.back().end(), key) != spellings.back().end())
            return type;
        const std::string zh = facility_label(Lang::zh, type);
        shown.push_back(zh == type ? type : zh + " (" + type + ")");
    }
    std::vector<std::string> suggestions;
    for (std::size_t index : nearest_names(typed, spellings)) suggestions.push_back(shown[index]);
    Problem problem = rules.unknown_type(typed);
    add_did_you_mean(problem, suggestions);
    throw UsageError(problem);
}

}  // namespace renozone
