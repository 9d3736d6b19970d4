#include "core/base/errors.h"
#include "core/planning/site_rules.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <fstream>

namespace renozone {
namespace {

std::string error_of(const std::string& path) {
    try {
        load_site_rules(path);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

std::string write(const test::TempDir& dir, const std::string& text) {
    const std::string path = dir.file("rules.json");
    std::ofstream(path) << text;
    return path;
}

TEST(SiteRules, DefaultRulesKnowTheElevenTypes) {
    const auto rules = load_default_site_rules();
    EXPECT_EQ(rules.type_names().size(), 11u);
    EXPECT_EQ(rules.rule("kindergarten").radius_m.value, 300);
    EXPECT_FALSE(rules.rule("kindergarten").radius_m.clause.empty());
    EXPECT_EQ(rules.river_buffer_m.value, 30);
    // Every threshold of the default file says its clause in Chinese too.
    EXPECT_FALSE(rules.walking_speed_m_per_min.clause_zh.empty());
    EXPECT_FALSE(rules.scope_adjacent_m.clause_zh.empty());
    EXPECT_FALSE(rules.river_buffer_m.clause_zh.empty());
    for (const auto& [type, rule] : rules.types) {
        EXPECT_FALSE(rule.radius_m.clause_zh.empty()) << type;
        if (rule.min_area_m2) EXPECT_FALSE(rule.min_area_m2->clause_zh.empty()) << type;
        if (rule.area_per_100_households_m2) EXPECT_FALSE(rule.area_per_100_households_m2->clause_zh.empty()) << type;
    }
}

// The default file's thresholds as the sources read for them say (docs/rule-sources.md):
// the health station's 150 m² of building area, not the 120 m² no source gives.
TEST(SiteRules, DefaultThresholdsFollowTheirSources) {
    const auto rules = load_default_site_rules();
    const RuleValue& health = *rules.rule("health_station").min_area_m2;
    EXPECT_EQ(health.value, 150);
    EXPECT_TRUE(health.verified);
    EXPECT_EQ(health.area, AreaKind::building);
    EXPECT_NE(health.clause.find("城市社区卫生服务中心、站基本标准"), std::string::npos);
    EXPECT_TRUE(rules.rule("waste_sorting").radius_m.verified);
    EXPECT_FALSE(rules.rule("kindergarten").min_area_m2->verified);  // 3,150 m² was not found
    int verified = 0;
    for (const auto& [type, rule] : rules.types)
        for (const auto* value : {&rule.radius_m, rule.min_area_m2 ? &*rule.min_area_m2 : nullptr,
                                  rule.area_per_100_households_m2 ? &*rule.area_per_100_households_m2 : nullptr})
            if (value) {
                verified += value->verified;
                // An unverified value says it is renozone's starting point, or names where the value was not found.
                if (!value->verified) EXPECT_NE(value->clause.find("renozone starting value"), std::string::npos) << type << ": " << value->clause;
                EXPECT_EQ(value->clause.find("as recalled"), std::string::npos) << type;
            }
    EXPECT_EQ(verified, 7);
}

TEST(SiteRules, MalformedFilesGiveOneLineNamingFileAndPlace) {
    test::TempDir dir;
    const auto not_json = error_of(write(dir, "{\"types\": "));
    EXPECT_NE(not_json.find("rules.json: not valid JSON"), std::string::npos) << not_json;
    const auto no_clause = error_of(write(dir, R"({"walking_speed_m_per_min": {"value": 80, "verified": false}})"));
    EXPECT_NE(no_clause.find("walking_speed_m_per_min: has no 'clause'"), std::string::npos) << no_clause;
    const auto no_radius = error_of(write(dir, R"({"walking_speed_m_per_min": {"value": 80, "clause": "x", "verified": false},
        "general": {"scope_adjacent_m": {"value": 1, "clause": "x", "verified": false},
                    "river_buffer_m": {"value": 1, "clause": "x", "verified": false}},
        "types": {"kindergarten": {"name": "k"}}})"));
    EXPECT_NE(no_radius.find("types.kindergarten: missing rule 'radius_m'"), std::string::npos) << no_radius;
    const auto clause_zh_not_text = error_of(write(dir, R"({"walking_speed_m_per_min": {"value": 80, "clause": "x", "clause_zh": 5, "verified": false}})"));
    EXPECT_NE(clause_zh_not_text.find("walking_speed_m_per_min: 'clause_zh' must be text"), std::string::npos) << clause_zh_not_text;
    const auto area_unknown = error_of(write(dir, R"({"walking_speed_m_per_min": {"value": 80, "clause": "x", "verified": false, "area": "floor"}})"));
    EXPECT_NE(area_unknown.find("walking_speed_m_per_min: 'area' must be \"building\" or \"land\""), std::string::npos) << area_unknown;
    for (const auto& message : {not_json, no_clause, no_radius, clause_zh_not_text, area_unknown}) EXPECT_EQ(message.find('\n'), std::string::npos);
    EXPECT_NE(error_of(dir.file("missing.json")).find("cannot read the rules file"), std::string::npos);
}

}  // namespace
}  // namespace renozone
