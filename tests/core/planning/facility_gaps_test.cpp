#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "core/planning/facility_gaps.h"
#include "core/report/facility_gaps_report.h"
#include "facility_district.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace renozone {
namespace {

// The figures are worked out in tests/support/facility_district.cpp.
class FacilityGapsTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::write_facility_rules(dir.file("rules.json"));
        district = std::make_unique<District>(load_dataset(test::write_facility_district(dir.file("district.gpkg"))));
        checker = std::make_unique<SiteChecker>(*district, load_site_rules(dir.file("rules.json")));
    }
    const CommunityGap& row(const FacilityGaps& g, const std::string& id) const {
        for (const auto& r : g.community_rows)
            if (district->data().communities[r.community].id == id) return r;
        throw std::runtime_error("no community " + id);
    }
    test::TempDir dir;
    std::unique_ptr<District> district;
    std::unique_ptr<SiteChecker> checker;
};

TEST_F(FacilityGapsTest, EuclideanCoverageWorkedOutByHand) {
    const auto g = facility_gaps(*checker, "kindergarten", {false, 100});
    EXPECT_EQ(g.distance_method, "euclidean");
    ASSERT_EQ(g.facilities.size(), 1u);
    EXPECT_EQ(g.district.households, 44);  // B7 (no community) and B8 (no geometry) are not counted
    EXPECT_EQ(g.district.covered_households, 15);  // B1 10 + B2 5
    EXPECT_EQ(g.district.buildings, 7);
    EXPECT_EQ(g.district.covered_buildings, 2);
    EXPECT_NEAR(*g.district.coverage_percent(), 100.0 * 15 / 44, 1e-9);

    const auto& c1 = row(g, "C1");
    EXPECT_EQ(c1.count.households, 38);
    EXPECT_EQ(c1.count.covered_households, 15);
    EXPECT_STREQ(c1.status(), "partial");
    EXPECT_TRUE(c1.substandard);
    EXPECT_EQ(row(g, "C2").count.households, 2);
    EXPECT_STREQ(row(g, "C2").status(), "uncovered");
    EXPECT_EQ(row(g, "C3").count.households, 4);
    EXPECT_STREQ(row(g, "C3").status(), "uncovered");

    EXPECT_EQ(g.communities, 3);
    EXPECT_EQ(g.substandard_communities, 3);
    EXPECT_EQ(g.substandard_planned_communities, 2);  // C1 and C3; C2 is not in the plan
    EXPECT_EQ(g.uncovered_communities, 2);
    EXPECT_EQ(g.planned.households, 42);  // C1 38 + C3 4
    EXPECT_EQ(g.planned.covered_households, 15);
    ASSERT_EQ(g.streets.size(), 1u);
    EXPECT_EQ(g.streets[0].code, "500156001");
    EXPECT_EQ(g.streets[0].name, "凤山街道");
    EXPECT_EQ(g.streets[0].count.households, 44);
    EXPECT_EQ(g.streets[0].count.covered_households, 15);
    EXPECT_EQ(g.streets[0].substandard_communities, 3);
}

TEST_F(FacilityGapsTest, UncoveredHomesAreTheHouseholdsLeftOutInLayerOrder) {
    const auto g = facility_gaps(*checker, "kindergarten", {false, 100});
    const std::vector<int> homes = uncovered_homes(*district, g);
    std::vector<std::string> ids;
    long long households = 0;
    for (int b : homes) {
        ids.push_back(district->data().buildings[b].id);
        households += district->analysis().buildings[b].households;
    }
    std::sort(ids.begin(), ids.end());
    // B1 and B2 are reached; B4 has no households; B7 is in no community and B8 has no geometry.
    EXPECT_EQ(ids, (std::vector<std::string>{"B10", "B3", "B5", "B6", "B9"}));
    EXPECT_EQ(households, g.district.uncovered_households());
    EXPECT_TRUE(std::is_sorted(homes.begin(), homes.end()));
}

TEST_F(FacilityGapsTest, NetworkDistanceFollowsTheRoads) {
    const auto g = facility_gaps(*checker, "kindergarten");
    EXPECT_EQ(g.distance_method, "network");
    EXPECT_EQ(g.district.covered_households, 10);  // B2 is 54 m away but reaches only R2, which R1 does not meet
    EXPECT_EQ(g.covered_households_euclidean, 15);
    EXPECT_EQ(row(g, "C1").count.covered_households, 10);
    EXPECT_NEAR(*row(g, "C1").count.coverage_percent(), 100.0 * 10 / 38, 1e-9);
}

TEST_F(FacilityGapsTest, ThresholdDecidesWhatIsSubstandard) {
    const auto lenient = facility_gaps(*checker, "kindergarten", {false, 30});
    EXPECT_FALSE(row(lenient, "C1").substandard);  // 39.5 % covered
    EXPECT_EQ(lenient.substandard_communities, 2);
    EXPECT_EQ(facility_gaps(*checker, "kindergarten", {false, 0}).substandard_communities, 0);
    EXPECT_THROW(facility_gaps(*checker, "kindergarten", {false, 120}), UsageError);
}

TEST_F(FacilityGapsTest, TypeWithoutFacilitiesLeavesEveryoneOut) {
    const auto g = facility_gaps(*checker, "elderly_care");
    EXPECT_TRUE(g.facilities.empty());
    EXPECT_EQ(g.district.households, 44);
    EXPECT_EQ(g.district.covered_households, 0);
    EXPECT_EQ(g.substandard_communities, 3);
    EXPECT_EQ(g.uncovered_communities, 3);
}

TEST_F(FacilityGapsTest, AllTypesOfTheRules) {
    const auto all = all_facility_gaps(*checker, {false, 100});
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].type, "elderly_care");
    EXPECT_EQ(all[1].type, "kindergarten");
    EXPECT_EQ(all[1].district.covered_households, 15);
    EXPECT_TRUE(unknown_facility_types(*checker).empty());
}

// What the CLI's progress line, the viewer's progress window and the plugin's cancel button stand on.
TEST_F(FacilityGapsTest, ProgressCountsTheFacilitiesSearchedAndAThrowStopsTheWork) {
    std::vector<std::pair<long long, long long>> reports;
    const ProgressFn record = [&](const ProgressStage& stage, long long done, long long total) {
        EXPECT_EQ(stage.stage, Stage::finding_facility_gaps);
        reports.emplace_back(done, total);
    };
    const auto along_roads = facility_gaps(*checker, "kindergarten", {}, record);
    EXPECT_EQ(along_roads.district.covered_households, facility_gaps(*checker, "kindergarten").district.covered_households);
    // One kindergarten, searched along the roads and then straight for comparison.
    EXPECT_EQ(reports, (std::vector<std::pair<long long, long long>>{{0, 2}, {1, 2}, {2, 2}}));

    reports.clear();
    facility_gaps(*checker, "kindergarten", {false, 100}, record);
    EXPECT_EQ(reports, (std::vector<std::pair<long long, long long>>{{0, 1}, {1, 1}}));

    reports.clear();
    const auto all = all_facility_gaps(*checker, {false, 100}, record);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].district.covered_households, 15);
    // No elderly care, one kindergarten: one bar over the one facility searched.
    EXPECT_EQ(reports, (std::vector<std::pair<long long, long long>>{{0, 1}, {1, 1}}));

    struct Stop {};
    const ProgressFn stop = [](const ProgressStage&, long long, long long) { throw Stop{}; };
    EXPECT_THROW(facility_gaps(*checker, "kindergarten", {}, stop), Stop);
    EXPECT_THROW(all_facility_gaps(*checker, {}, stop), Stop);
}

TEST_F(FacilityGapsTest, UnknownTypeIsAUsageErrorNamingTheKnownOnes) {
    try {
        facility_gaps(*checker, "zoo");
        FAIL() << "no error";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("unknown facility type 'zoo'"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("elderly_care, kindergarten"), std::string::npos);
    }
}

TEST_F(FacilityGapsTest, JsonContract) {
    const auto j = gaps_json(*district, facility_gaps(*checker, "kindergarten", {false, 100}));
    EXPECT_EQ(j["type"], "kindergarten");
    EXPECT_EQ(j["radius_m"], 100.0);
    EXPECT_EQ(j["district"]["households"], 44);
    EXPECT_EQ(j["district"]["covered_households"], 15);
    EXPECT_EQ(j["district"]["uncovered_households"], 29);
    EXPECT_EQ(j["district"]["coverage_percent"], 34.09);
    EXPECT_EQ(j["district"]["substandard_communities"], 3);
    EXPECT_EQ(j["district"]["planned_communities"]["households"], 42);
    EXPECT_EQ(j["streets"].size(), 1u);
    ASSERT_EQ(j["communities"].size(), 3u);
    EXPECT_EQ(j["communities"][0]["id"], "C1");
    EXPECT_EQ(j["communities"][0]["coverage_percent"], 39.47);
    EXPECT_EQ(j["communities"][0]["status"], "partial");
    EXPECT_EQ(j["facility_ids"][0], "K1");
}

TEST_F(FacilityGapsTest, CsvHasDistrictStreetAndCommunityRows) {
    const auto csv = render_csv(gaps_table(*district, {facility_gaps(*checker, "kindergarten", {false, 100})}, true));
    EXPECT_NE(csv.find("kindergarten,district,,,,44,15,29,34.09,,3\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("kindergarten,community,C1,甲小区,1,38,15,23,39.47,partial,1\n"), std::string::npos) << csv;
}

}  // namespace
}  // namespace renozone
