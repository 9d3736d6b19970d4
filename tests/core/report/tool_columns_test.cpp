// The planning tools' attribute rows: every column a shell lists has a title in
// both languages, and the rows say what the tool found.
#include "core/report/tool_columns.h"

#include "core/analysis/tagged_columns.h"
#include "core/planning/unit_geometry.h"
#include "core/vocabulary/field_titles.h"
#include "column_values.h"
#include "districts.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace renozone {
namespace {

using test::value_of;

template <typename Row>
void expect_titled(const TableColumns<Row>& table) {
    for (const auto& column : table) {
        EXPECT_TRUE(has_field_title(column.key)) << column.key;
        EXPECT_NE(field_title(column.key, Lang::zh), field_title(column.key, Lang::en)) << column.key;
    }
}

TEST(ToolColumns, EveryColumnTheShellsListHasATitleInBothLanguages) {
    expect_titled(unit_columns());
    expect_titled(site_check_columns());
    expect_titled(community_gap_columns());
    expect_titled(uncovered_building_columns());
    expect_titled(suggested_site_columns());
    expect_titled(coverage_columns());
    expect_titled(community_columns());
    expect_titled(building_columns());
    expect_titled(street_columns());
    for (const char* layer : {"facilities", "heritage", "river", "roads"}) expect_titled(context_columns(layer));
}

TEST(ToolColumns, AUnitRowNamesItsCommunitiesAndSplitsMoneyOnlyWhenAskedTo) {
    const District& district = test::embedded_district();
    const UnitShape shape = unit_from_communities(district, {"FS03", "FS14"});
    const UnitEvaluation plain = evaluate_unit(district, shape.geom.get());
    EXPECT_EQ(std::get<std::string>(value_of(unit_columns(), "community_ids", UnitRow{district, plain})), "FS03,FS14");
    EXPECT_EQ(std::get<long long>(value_of(unit_columns(), "households", UnitRow{district, plain})), plain.figures.households);
    EXPECT_TRUE(std::holds_alternative<std::monostate>(value_of(unit_columns(), "central_cny", UnitRow{district, plain})));
    const UnitEvaluation funded = evaluate_unit(district, shape.geom.get(), {2000000, FundingSplit{0.4, 0.3, 0.2, 0.1}});
    EXPECT_DOUBLE_EQ(std::get<double>(value_of(unit_columns(), "central_cny", UnitRow{district, funded})),
                     *funded.subsidy.central_cny);
}

TEST(ToolColumns, ASiteRowListsTheRulesItFailedAndWarnedApart) {
    const District& district = test::embedded_district();
    SiteCheck check;
    check.type = "kindergarten";
    check.verdict = RuleStatus::fail;
    RuleResult fail{"no_building_overlap", RuleStatus::fail};
    fail.message = "overlaps existing building B00001";
    RuleResult warn{"min_site_area", RuleStatus::warn};
    warn.message = "site is small";
    RuleResult pass{"within_scope", RuleStatus::pass};
    check.rules = {fail, warn, pass};
    const SiteCheckRow row{district, check};
    EXPECT_EQ(std::get<std::string>(value_of(site_check_columns(), "verdict", row)), "fail");
    EXPECT_EQ(std::get<std::string>(value_of(site_check_columns(), "failed_rules", row)),
              "no_building_overlap: overlaps existing building B00001");
    EXPECT_EQ(std::get<std::string>(value_of(site_check_columns(), "warned_rules", row)), "min_site_area: site is small");
    EXPECT_EQ(nlohmann::json::parse(std::get<std::string>(value_of(site_check_columns(), "rules_json", row))).size(), 3u);
    EXPECT_TRUE(std::holds_alternative<std::monostate>(value_of(site_check_columns(), "nearest_same_type_m", row)));
}

TEST(ToolColumns, GapAndSuggestedSiteRowsCountFromWhatTheToolFound) {
    const District& district = test::embedded_district();
    FacilityGaps gaps;
    gaps.type = "elderly_care";
    gaps.rule.radius_m.value = 500;
    CommunityGap none{0, {}, true};
    EXPECT_EQ(std::get<std::string>(value_of(community_gap_columns(), "status", CommunityGapRow{district, gaps, none})), "no_households");
    EXPECT_TRUE(std::holds_alternative<std::monostate>(value_of(community_gap_columns(), "coverage_pct", CommunityGapRow{district, gaps, none})));
    CommunityGap half{0, {40, 20, 4, 2}, true};
    EXPECT_DOUBLE_EQ(std::get<double>(value_of(community_gap_columns(), "coverage_pct", CommunityGapRow{district, gaps, half})), 50.0);
    EXPECT_EQ(std::get<long long>(value_of(community_gap_columns(), "uncovered_households", CommunityGapRow{district, gaps, half})), 20);
    EXPECT_EQ(std::get<std::string>(value_of(community_gap_columns(), "id", CommunityGapRow{district, gaps, half})),
              district.data().communities[0].id);

    SiteSelection selection;
    selection.type = "elderly_care";
    SuggestedSite site;
    site.id = "G7";
    site.communities = {{0, 12}};
    selection.sites = {site, site};
    const SuggestedSiteRow second{district, selection, 1};
    EXPECT_EQ(std::get<long long>(value_of(suggested_site_columns(), "rank", second)), 2);
    const Community& first = district.data().communities[0];
    EXPECT_EQ(std::get<std::string>(value_of(suggested_site_columns(), "communities", second)), first.id + " " + first.name + " (12)");
}

}  // namespace
}  // namespace renozone
