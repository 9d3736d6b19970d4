#include "core/base/errors.h"
#include "core/planning/subsidy.h"
#include "core/planning/unit_geometry.h"
#include "core/report/subsidy_report.h"
#include "districts.h"
#include "fixture.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

// Small district, worked by hand: the only lift candidate is B1 (6 floors,
// 2 stairwells) in C1, so 2 lifts × CNY 80,000 = 160,000 in C1, its street
// and the district; C3 has none.
class SmallDistrictSubsidy : public ::testing::Test {
protected:
    test::TempDir dir;
    std::unique_ptr<District> d = test::small_district(dir.file("district.gpkg"));
};

TEST_F(SmallDistrictSubsidy, LiftsInCommunityStreetAndDistrict) {
    const auto district = district_subsidy(*d, {});
    EXPECT_EQ(district.lifts, 2);
    EXPECT_EQ(district.lift_candidates, 1);
    EXPECT_DOUBLE_EQ(district.subsidy.lift_subsidy_cny, 160000);
    EXPECT_DOUBLE_EQ(district.subsidy.pipeline_subsidy_cny, 0);
    EXPECT_DOUBLE_EQ(district.subsidy.total_cny, 160000);
    EXPECT_FALSE(district.subsidy.funding);

    EXPECT_DOUBLE_EQ(community_subsidy(*d, "C1", {}).subsidy.lift_subsidy_cny, 160000);
    EXPECT_DOUBLE_EQ(community_subsidy(*d, "丙小区", {}).subsidy.lift_subsidy_cny, 0);  // by name
    EXPECT_EQ(community_subsidy(*d, "甲 小区", {}).code, "C1");                         // as the plan compares names
    EXPECT_EQ(street_subsidy(*d, "凤山 街道", {}).code, "500156001");
    const auto street = street_subsidy(*d, "凤山街道", {});
    EXPECT_EQ(street.code, "500156001");
    EXPECT_DOUBLE_EQ(street.subsidy.lift_subsidy_cny, 160000);
}

TEST_F(SmallDistrictSubsidy, PipelinesAndFundingSplit) {
    // 160,000 + 50 % of 1,000,000 = 660,000; then 40/30/20/10 %.
    const UnitMoney money{1000000.0, parse_funding_split("central=0.4,municipal=0.3,district=0.2,residents=0.1")};
    const auto s = community_subsidy(*d, "C1", money);
    EXPECT_DOUBLE_EQ(s.subsidy.pipeline_subsidy_cny, 500000);
    EXPECT_DOUBLE_EQ(s.subsidy.total_cny, 660000);
    EXPECT_DOUBLE_EQ(*s.subsidy.central_cny, 264000);
    EXPECT_DOUBLE_EQ(*s.subsidy.municipal_cny, 198000);
    EXPECT_DOUBLE_EQ(*s.subsidy.district_cny, 132000);
    EXPECT_DOUBLE_EQ(*s.subsidy.residents_cny, 66000);
    const auto j = subsidy_json(s);
    EXPECT_EQ(j["total_cny"], 660000);
    EXPECT_EQ(j["funding"]["residents"]["cny"], 66000);
    const std::string csv = render_csv(subsidy_table(s));
    EXPECT_NE(csv.find("community,C1,甲小区,1,2,80000,160000,1000000,0.50,500000,660000,0.40,264000"), std::string::npos) << csv;
}

TEST_F(SmallDistrictSubsidy, UnitTakesItsStoredPipelineCost) {
    // A unit round B1 and B2 only: 2 lifts; its stored pipeline cost 300,000 gives 150,000.
    StoredUnit unit{7, {}, "", std::move(unit_from_wkt(*d, test::small_box(0, 0, 65, 40), "").geom)};
    unit.attributes.money.pipeline_cost_cny = 300000;
    const auto s = unit_subsidy(*d, unit, {});
    EXPECT_EQ(s.level, "unit");
    EXPECT_EQ(s.code, "7");
    EXPECT_DOUBLE_EQ(s.subsidy.lift_subsidy_cny, 160000);
    EXPECT_DOUBLE_EQ(s.subsidy.pipeline_subsidy_cny, 150000);
    EXPECT_DOUBLE_EQ(unit_subsidy(*d, unit, {100000.0, std::nullopt}).subsidy.pipeline_subsidy_cny, 50000);
}

TEST_F(SmallDistrictSubsidy, UnitTakesItsStoredFundingSplit) {
    StoredUnit unit{7, {}, "", std::move(unit_from_wkt(*d, test::small_box(0, 0, 65, 40), "").geom)};
    unit.attributes.money.pipeline_cost_cny = 300000;
    unit.attributes.money.funding = FundingSplit{0.4, 0.3, 0.2, 0.1};
    const auto stored = unit_subsidy(*d, unit, {});
    ASSERT_TRUE(stored.subsidy.funding);
    EXPECT_DOUBLE_EQ(*stored.subsidy.central_cny, 0.4 * stored.subsidy.total_cny);
    EXPECT_DOUBLE_EQ(*stored.subsidy.residents_cny, 0.1 * stored.subsidy.total_cny);
    // A split given on the command line wins over the stored one.
    const auto given = unit_subsidy(*d, unit, {std::nullopt, FundingSplit{1, 0, 0, 0}});
    EXPECT_DOUBLE_EQ(*given.subsidy.central_cny, given.subsidy.total_cny);
}

TEST_F(SmallDistrictSubsidy, UnknownPlacesAreInputErrors) {
    EXPECT_THROW(community_subsidy(*d, "C9", {}), InputError);
    EXPECT_THROW(street_subsidy(*d, "500156999", {}), InputError);
}

TEST(FundingSplit, ChineseKeysAndFullWidthSigns) {
    const auto expect_40_30_20_10 = [](const std::string& text) {
        const FundingSplit split = parse_funding_split(text);
        EXPECT_DOUBLE_EQ(split.central, 0.4) << text;
        EXPECT_DOUBLE_EQ(split.municipal, 0.3) << text;
        EXPECT_DOUBLE_EQ(split.district, 0.2) << text;
        EXPECT_DOUBLE_EQ(split.residents, 0.1) << text;
    };
    expect_40_30_20_10("中央=0.4,市级=0.3,区级=0.2,居民=0.1");
    expect_40_30_20_10("中央＝0.4，市级＝0.3，区级＝0.2，居民＝0.1");
    expect_40_30_20_10("中央=40、市级=30、区级=20、居民=10");
    expect_40_30_20_10("central=0.4，市级=0.3, 区级 = ０.2,residents=0.1");
    try {
        parse_funding_split("中央=0.5,省级=0.5");
        ADD_FAILURE() << "省级 accepted";
    } catch (const UsageError& e) {
        // The value is named by the shell (--funding, 资金分担): the engine says what is wrong with it.
        EXPECT_EQ(e.input(), Input::funding);
        EXPECT_EQ(e.problem().en, "'省级=0.5' is not one of central=, municipal=, district=, residents= with a share");
        EXPECT_EQ(e.problem().zh, "'省级=0.5' 应为 中央=、市级=、区级=、居民= 之一并给出比例");
        EXPECT_EQ(std::string(e.what()).find("--"), std::string::npos);
    }
}

TEST(FundingSplit, MustAddUpToOne) {
    EXPECT_THROW(parse_funding_split("central=0.5,municipal=0.3,district=0.3"), UsageError);
    EXPECT_THROW(parse_funding_split("central=0.5,federal=0.5"), UsageError);
    const auto split = parse_funding_split("central=40,municipal=30,district=20,residents=10");  // percents
    EXPECT_DOUBLE_EQ(split.central, 0.4);
    EXPECT_DOUBLE_EQ(split.residents, 0.1);
}

// The embedded Wulong data: 509 lifts × CNY 80,000.
TEST(WulongSubsidy, DistrictLiftSubsidy) {
    const District& d = test::embedded_district();
    const UnitMoney money{10000000.0, parse_funding_split("central=0.4,municipal=0.3,district=0.2,residents=0.1")};
    const auto s = district_subsidy(d, money);
    EXPECT_EQ(s.lifts, 509);
    EXPECT_DOUBLE_EQ(s.subsidy.lift_subsidy_cny, 40720000);
    EXPECT_DOUBLE_EQ(s.subsidy.pipeline_subsidy_cny, 5000000);
    EXPECT_DOUBLE_EQ(s.subsidy.total_cny, 45720000);
    EXPECT_DOUBLE_EQ(*s.subsidy.central_cny, 18288000);
    EXPECT_DOUBLE_EQ(*s.subsidy.municipal_cny, 13716000);
    EXPECT_DOUBLE_EQ(*s.subsidy.district_cny, 9144000);
    EXPECT_DOUBLE_EQ(*s.subsidy.residents_cny, 4572000);
}

TEST(WulongSubsidy, StreetsAddUpToTheDistrict) {
    const District& d = test::embedded_district();
    const double fengshan = street_subsidy(d, "凤山街道", {}).subsidy.lift_subsidy_cny;
    const double furong = street_subsidy(d, "芙蓉街道", {}).subsidy.lift_subsidy_cny;
    EXPECT_DOUBLE_EQ(fengshan + furong, 40720000);
    EXPECT_GT(fengshan, 0);
    EXPECT_GT(furong, 0);
}

}  // namespace
}  // namespace renozone
