// Site-selection rules as data: for each facility type its service radius and
// area thresholds, each with the clause of the standard it comes from and
// whether anyone has verified it. A district brings its own file.
#pragma once

#include "core/base/errors.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace renozone {

// What an area threshold measures: a building's floor area (a multi-storey
// building may give it on a smaller plot) or the plot of land itself.
enum class AreaKind { unstated, building, land };

struct RuleValue {
    double value = 0;
    std::string clause;
    bool verified = false;
    std::string clause_zh;  // the clause in Chinese, when the rules file gives it ("clause_zh")
    AreaKind area = AreaKind::unstated;  // for an area: the file's "area", "building" or "land"
};

struct FacilityRule {
    std::string type;  // elderly_care, kindergarten, ...
    std::string name;
    RuleValue radius_m;
    std::optional<RuleValue> min_area_m2;
    std::optional<RuleValue> area_per_100_households_m2;
};

struct SiteRules {
    std::string path;
    RuleValue walking_speed_m_per_min;
    RuleValue scope_adjacent_m;
    RuleValue river_buffer_m;
    std::map<std::string, FacilityRule> types;

    // Throws UsageError naming the known types.
    const FacilityRule& rule(const std::string& type) const;
    // "unknown facility type 'TYPE' (FILE knows: …)", in English and Chinese.
    Problem unknown_type(const std::string& type) const;
    std::vector<std::string> type_names() const;
};

// Throws InputError "FILE: WHERE: problem" for a malformed file.
SiteRules load_site_rules(const std::string& path);
SiteRules load_default_site_rules();  // data/rules/gb50180-2018.json
std::string default_site_rules_path();

}  // namespace renozone
