// Every rule the default rules check has a title in both languages; measures
// carry their unit; a clause not read at its source says so.
#include "core/vocabulary/site_rule_words.h"

#include "core/planning/site_rules.h"
#include "districts.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

TEST(SiteRuleWords, EveryRuleOfACheckHasATitleInBothLanguages) {
    const District& district = test::embedded_district();
    const SiteChecker checker(district, load_default_site_rules());
    const auto point = district.data().communities.front().geom.get();
    const SiteCheck check = checker.check("kindergarten", point, {});
    ASSERT_GE(check.rules.size(), 5u);
    for (const auto& rule : check.rules) {
        EXPECT_NE(rule_title(rule.id, Lang::zh), rule.id);
        EXPECT_NE(rule_title(rule.id, Lang::en), rule.id);
        EXPECT_FALSE(rule_status_title(rule.status, Lang::zh).empty());
    }
    EXPECT_EQ(rule_title("a_new_rule", Lang::zh), "a_new_rule");
    EXPECT_EQ(rule_status_title(RuleStatus::fail, Lang::zh), "不通过");
}

TEST(SiteRuleWords, MeasuresAndClauses) {
    EXPECT_EQ(measure_text(12.5, "m", Lang::zh), "12.5 m");
    EXPECT_EQ(measure_text(1280, "households", Lang::zh), "1,280 户");
    EXPECT_EQ(measure_text(std::nullopt, "m", Lang::en), "—");
    RuleResult rule;
    rule.clause = "GB 50180-2018 table C.0.2";
    rule.clause_zh = "GB 50180-2018 表 C.0.2";
    rule.verified = false;
    EXPECT_EQ(clause_text(rule, Lang::zh), "GB 50180-2018 表 C.0.2（未核实）");
    EXPECT_EQ(clause_text(rule, Lang::en), "GB 50180-2018 table C.0.2 (unverified)");
    rule.verified = true;
    EXPECT_EQ(clause_text(rule, Lang::en), "GB 50180-2018 table C.0.2");
    EXPECT_EQ(clause_tooltip(rule), "GB 50180-2018 表 C.0.2\nGB 50180-2018 table C.0.2");
}

// A failed overlap points to the form's checkbox, never to the CLI's option.
TEST(SiteRuleWords, TheRemedyIsSaidInTheFormsWords) {
    RuleResult rule;
    rule.message = "overlaps existing building B00012";
    rule.remedy = RuleRemedy::reuse_building;
    EXPECT_EQ(rule_message(rule, Lang::zh), "overlaps existing building B00012（如设施设在该楼内，请勾选“利用现有建筑”）");
    EXPECT_EQ(rule_message(rule, Lang::en), "overlaps existing building B00012 (tick 'Goes into an existing building' to reuse it)");
    rule.remedy = RuleRemedy::none;
    EXPECT_EQ(rule_message(rule, Lang::en), "overlaps existing building B00012");
}

}  // namespace
}  // namespace renozone
