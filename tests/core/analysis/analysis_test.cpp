#include "core/analysis/analysis.h"
#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "core/report/coverage_report.h"
#include "fixture.h"
#include "small_district.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace renozone {
namespace {

class SmallDistrict : public ::testing::Test {
protected:
    void SetUp() override {
        spec = test::write_small_district(dir.file("district.gpkg"));
        ds = load_dataset(spec);
        a = analyse(ds);
    }
    const BuildingTags& tags(const std::string& id) const {
        for (std::size_t i = 0; i < ds.buildings.size(); ++i)
            if (ds.buildings[i].id == id) return a.buildings[i];
        throw std::runtime_error("no building " + id);
    }
    std::string community_of(const std::string& id) const {
        const int c = tags(id).place.community;
        return c < 0 ? "" : ds.communities[c].id;
    }
    bool has_finding(const std::string& code, const std::string& feature) const {
        return std::any_of(a.discrepancies.items.begin(), a.discrepancies.items.end(),
                           [&](const Finding& f) { return f.code == code && f.feature_id == feature; });
    }
    test::TempDir dir;
    InputSpec spec;
    Dataset ds;
    Analysis a;
};

TEST_F(SmallDistrict, AssignsByPointOnSurface) {
    EXPECT_EQ(community_of("B1"), "C1");
    EXPECT_EQ(community_of("B5"), "C1");  // straddler: point-on-surface is in C1
    EXPECT_NEAR(tags("B5").place.share_inside, 0.6, 1e-9);
    EXPECT_EQ(community_of("B6"), "C3");  // repaired bow-tie
    EXPECT_EQ(community_of("B9"), "C2");  // second part of a MultiPolygon
    EXPECT_EQ(community_of("B7"), "");
    EXPECT_EQ(community_of("B8"), "");    // empty geometry is kept, placed nowhere
}

TEST_F(SmallDistrict, EligibilityWithReasons) {
    EXPECT_TRUE(tags("B1").in_plan);
    EXPECT_TRUE(tags("B2").in_plan);
    EXPECT_EQ(tags("B3").reasons(), "built_2000_or_later");
    EXPECT_EQ(tags("B4").reasons(), "not_residential");
    EXPECT_EQ(tags("B7").reasons(), "no_community");
    EXPECT_EQ(tags("B8").reasons(), "no_geometry");
    EXPECT_TRUE(tags("B9").eligible);
    EXPECT_FALSE(tags("B9").in_plan);
}

TEST_F(SmallDistrict, LiftsSubsidyAndDGrade) {
    EXPECT_TRUE(tags("B1").lift_candidate);
    EXPECT_EQ(tags("B1").lifts, 2);
    EXPECT_DOUBLE_EQ(tags("B1").lift_subsidy_cny, 160000);
    EXPECT_FALSE(tags("B2").lift_candidate);
    EXPECT_TRUE(tags("B6").d_grade);
    EXPECT_NEAR(tags("B6").rebuild_floor_area_max_m2, 1150, 1e-9);
    EXPECT_TRUE(tags("B2").people_estimated);
    EXPECT_NEAR(tags("B2").people, 5 * 2.68, 1e-9);
}

TEST_F(SmallDistrict, CommunitiesTaggedFromPlanByIdAndName) {
    EXPECT_TRUE(a.communities[0].planned);
    EXPECT_EQ(a.communities[0].phase, "实施");
    EXPECT_TRUE(a.communities[0].demonstration);
    EXPECT_FALSE(a.communities[1].planned);
    EXPECT_TRUE(a.communities[2].planned);  // plan row without id, matched by name
    EXPECT_EQ(a.communities[2].phase, "谋划");
    EXPECT_TRUE(has_finding("plan_community_missing", "丁小区"));
}

// A plan row that names a community without its suffix matches it when one
// community has that name; when two do, the row is an error naming both.
TEST(PlanMatching, AShortNameMatchesOneCommunityAndIsRefusedForTwo) {
    test::TempDir dir;
    const std::string gpkg = dir.file("d.gpkg");
    test::write_layer(gpkg, "GPKG", "communities", 4545, wkbPolygon, {{"id", OFTString}, {"name", OFTString}},
                      {{{{"id", "A"}, {"name", "凤山路小区"}}, test::box(476000, 3245000, 476100, 3245100)},
                       {{{"id", "B"}, {"name", "凤山路片区"}}, test::box(476100, 3245000, 476200, 3245100)},
                       {{{"id", "C"}, {"name", "芙蓉小区"}}, test::box(476200, 3245000, 476300, 3245100)}});
    test::write_layer(gpkg, "GPKG", "buildings", 4545, wkbPolygon, {{"id", OFTString}},
                      {{{{"id", "X"}}, test::box(476010, 3245010, 476020, 3245020)}});
    test::write_layer(gpkg, "GPKG", "plan", 0, wkbNone, {{"community_name", OFTString}},
                      {{{{"community_name", "芙蓉"}}, ""}, {{{"community_name", "凤山路"}}, ""}});
    const Analysis a = analyse(load_dataset(inputs_from_single_source(gpkg)));
    EXPECT_TRUE(a.communities[2].planned);
    EXPECT_FALSE(a.communities[0].planned);
    EXPECT_FALSE(a.communities[1].planned);
    const auto ambiguous = std::find_if(a.discrepancies.items.begin(), a.discrepancies.items.end(),
                                        [](const Finding& f) { return f.code == "plan_community_ambiguous"; });
    ASSERT_NE(ambiguous, a.discrepancies.items.end());
    EXPECT_EQ(ambiguous->severity, Severity::error);
    EXPECT_NE(ambiguous->message.find("could be 凤山路小区 (A) or 凤山路片区 (B)"), std::string::npos) << ambiguous->message;
}

TEST_F(SmallDistrict, CoverageAgainstTargets) {
    const auto& d = a.coverage.district;
    EXPECT_EQ(d.figures.communities, 2);
    EXPECT_EQ(d.figures.buildings, 5);
    EXPECT_NEAR(d.figures.floor_area_m2, 7700, 1e-6);
    EXPECT_EQ(d.figures.households, 30);
    EXPECT_NEAR(d.figures.people, 81.4, 1e-9);
    EXPECT_EQ(d.figures.lifts, 2);
    EXPECT_EQ(d.figures.eligible_not_planned, 1);  // B9; B7 is in no community so is not eligible
    EXPECT_EQ(d.figures.all_buildings, 10);
    EXPECT_DOUBLE_EQ(*d.targets.buildings, 6);
    EXPECT_NEAR(*percent(d.figures.floor_area_m2, d.targets.floor_area_m2), 96.25, 1e-9);
    const auto& c1 = a.coverage.communities[0];
    EXPECT_EQ(c1.figures.buildings, 4);
    EXPECT_NEAR(c1.figures.floor_area_m2, 6700, 1e-6);
    EXPECT_DOUBLE_EQ(*c1.targets.floor_area_m2, 6000);
    ASSERT_EQ(a.coverage.streets.size(), 1u);
    EXPECT_EQ(a.coverage.streets[0].name, "凤山街道");
    EXPECT_EQ(a.coverage.streets[0].figures.buildings, 5);
}

TEST_F(SmallDistrict, DiscrepanciesAndRepairs) {
    ASSERT_EQ(a.discrepancies.repairs.size(), 1u);
    EXPECT_EQ(a.discrepancies.repairs[0].feature_id, "B6");
    EXPECT_NEAR(a.discrepancies.repairs[0].area_before_m2, 0, 1e-6);  // the two lobes cancel
    EXPECT_NEAR(a.discrepancies.repairs[0].area_after_m2, 200, 1e-6);
    EXPECT_TRUE(has_finding("empty_geometry", "B8"));
    EXPECT_TRUE(has_finding("outside_communities", "B7"));
    EXPECT_TRUE(has_finding("straddles_boundary", "B5"));
    EXPECT_TRUE(has_finding("built_2000_or_later", "B3"));
    EXPECT_TRUE(has_finding("floor_area_mismatch", "B10"));
    EXPECT_FALSE(has_finding("floor_area_mismatch", "B1"));
}

// The communities' rows are written apart, on several threads, and put in
// place: the text must be the one the whole document dumps to. Thousands of
// rows, with names that need escaping (a line break, quotes, CJK).
TEST_F(SmallDistrict, JsonTextOnEveryThreadCountIsTheWholeDocumentDumped) {
    auto& rows = a.coverage.communities;
    ASSERT_FALSE(rows.empty());
    const std::vector<CoverageRow> first(rows.begin(), rows.end());
    for (int copy = 0; rows.size() < 3000; ++copy)
        for (const auto& row : first) {
            rows.push_back(row);
            rows.back().name = row.name + (copy % 2 ? "\n第" : " \"") + std::to_string(copy) + "期";
        }
    const std::string whole = coverage_json(ds, a).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    for (int threads : {1, 2, 3}) {
        const std::string text = coverage_json_text(ds, a, threads);
        const auto [differ, _] = std::mismatch(text.begin(), text.end(), whole.begin(), whole.end());
        EXPECT_TRUE(text == whole) << threads << " threads; first difference at byte " << differ - text.begin() << " of "
                                   << whole.size();
    }
    rows.clear();
    EXPECT_EQ(coverage_json_text(ds, a, 2),
              coverage_json(ds, a).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

}  // namespace
}  // namespace renozone
