#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "core/planning/site_check.h"
#include "core/planning/unit_geometry.h"
#include "fixture.h"
#include "small_district.h"

#include <gtest/gtest.h>

#include <fstream>

namespace renozone {
namespace {

using test::box;

const RuleResult& rule(const SiteCheck& check, const std::string& id) {
    for (const auto& r : check.rules)
        if (r.id == id) return r;
    throw std::runtime_error("no rule " + id);
}

class Sites : public ::testing::Test {
protected:
    void SetUp() override {
        const std::string gpkg = dir.file("d.gpkg");
        auto spec = test::write_small_district(gpkg);
        test::write_layer(gpkg, "GPKG", "facilities", 4545, wkbPoint, {{"id", OFTString}, {"type", OFTString}},
                          {{{{"id", "K1"}, {"type", "kindergarten"}}, "POINT(476300 3245300)"}});
        test::write_layer(gpkg, "GPKG", "heritage", 4545, wkbPolygon, {{"id", OFTString}, {"name", OFTString}},
                          {{{{"id", "H1"}, {"name", "老街"}}, box(476020, 3245300, 476060, 3245340)}});
        test::write_layer(gpkg, "GPKG", "river", 4545, wkbPolygon, {{"name", OFTString}},
                          {{{{"name", "乌江"}}, box(475900, 3244800, 476700, 3244900)}});
        district = std::make_unique<District>(load_dataset(spec));
        checker = std::make_unique<SiteChecker>(*district, load_default_site_rules());
    }
    SiteCheck check(const std::string& type, const std::string& wkt, SiteOptions options = {}) {
        return checker->check(type, unit_from_wkt(*district, wkt, "", ShapeUse::site).geom.get(), options);
    }
    test::TempDir dir;
    std::unique_ptr<District> district;
    std::unique_ptr<SiteChecker> checker;
};

TEST_F(Sites, CountsHouseholdsWithinTheRadius) {
    // Within 300 m of this point in C1: B1 10, B2 5, B3 12, B4 0, B5 3, B6 4, B10 8 households.
    const auto c = check("kindergarten", "POINT(476100 3245050)");
    EXPECT_EQ(c.distance_method, "euclidean");  // no road layer in this district
    EXPECT_EQ(c.households_served, 42);
    EXPECT_EQ(c.buildings_served.size(), 7u);
    EXPECT_EQ(c.communities_served.size(), 2u);  // C1 and C3
    EXPECT_EQ(rule(c, "within_scope").status, RuleStatus::pass);
    EXPECT_NEAR(*c.nearest_same_type_m, std::hypot(200, 250), 1e-6);
    EXPECT_EQ(rule(c, "nearest_same_type").status, RuleStatus::pass);  // K1 is 320 m away, beyond 300 m
    EXPECT_EQ(rule(check("kindergarten", "POINT(476200 3245150)"), "nearest_same_type").status, RuleStatus::warn);
    EXPECT_EQ(rule(c, "min_site_area").status, RuleStatus::warn);     // a point has no area
    EXPECT_EQ(c.verdict, RuleStatus::warn);
}

TEST_F(Sites, ThresholdsCarryTheirOwnUnitAndTheClauseInChinese) {
    const auto c = check("elderly_care", "POLYGON((476100 3245050,476130 3245050,476130 3245080,476100 3245080,476100 3245050))");
    EXPECT_EQ(rule(c, "households_served").unit, "households");
    EXPECT_EQ(rule(c, "households_served").threshold_unit, "m");  // households within a radius of 1,000 m
    EXPECT_EQ(rule(c, "planned_communities_served").unit, "communities");
    EXPECT_EQ(rule(c, "planned_communities_served").threshold_unit, "m");
    EXPECT_EQ(rule(c, "area_for_households").threshold_unit, "m² per 100 households");
    EXPECT_EQ(rule(c, "within_scope").threshold_unit, "m");
    EXPECT_EQ(rule(c, "households_served").clause_zh.rfind("renozone 初始值", 0), 0u);  // no published radius found
    EXPECT_FALSE(rule(c, "no_building_overlap").clause_zh.empty());  // the engine's own rules say it in Chinese too
    EXPECT_FALSE(rule(c, "outside_heritage").clause_zh.empty());
}

TEST_F(Sites, FailsOnBuildingsHeritageRiverAndSmallSites) {
    const auto on_b1 = check("nursery", box(476015, 3245015, 476035, 3245035));
    EXPECT_EQ(rule(on_b1, "no_building_overlap").status, RuleStatus::fail);
    EXPECT_NEAR(*rule(on_b1, "no_building_overlap").value, 225, 1e-6);  // 15 × 15 m of B1
    EXPECT_EQ(on_b1.verdict, RuleStatus::fail);
    EXPECT_EQ(rule(check("nursery", box(476015, 3245015, 476035, 3245035), {true, true}), "no_building_overlap").status,
              RuleStatus::pass);
    EXPECT_EQ(rule(check("nursery", box(476030, 3245310, 476050, 3245330)), "outside_heritage").status, RuleStatus::fail);
    const auto by_river = check("nursery", box(476100, 3244910, 476120, 3244930));
    EXPECT_EQ(rule(by_river, "river_buffer").status, RuleStatus::fail);
    EXPECT_NEAR(*rule(by_river, "river_buffer").value, 10, 1e-9);
    const auto small = check("kindergarten", box(476100, 3245130, 476120, 3245150));
    EXPECT_EQ(rule(small, "min_site_area").status, RuleStatus::fail);
    EXPECT_EQ(rule(small, "min_site_area").clause.empty(), false);
    const auto away = check("kindergarten", "POINT(476800 3245600)");
    EXPECT_EQ(rule(away, "within_scope").status, RuleStatus::fail);
}

// A building area asked for (the health station's 150 m²) may stand on a
// smaller plot on more storeys: below it a site is warned, not refused; a land
// area (the kindergarten's) is refused. Exactly the minimum passes.
TEST_F(Sites, ABuildingAreaBelowItsMinimumWarnsALandAreaFails) {
    EXPECT_EQ(checker->rules().rule("health_station").min_area_m2->area, AreaKind::building);
    EXPECT_EQ(checker->rules().rule("kindergarten").min_area_m2->area, AreaKind::land);
    const auto exact = check("health_station", box(476100, 3245130, 476110, 3245145));  // 10 × 15 m
    EXPECT_NEAR(exact.area_m2, 150, 1e-9);
    EXPECT_EQ(rule(exact, "min_site_area").status, RuleStatus::pass);
    const auto below = check("health_station", box(476100, 3245130, 476110, 3245144));  // 140 m²
    EXPECT_EQ(rule(below, "min_site_area").status, RuleStatus::warn);
    EXPECT_NE(rule(below, "min_site_area").message.find("more storeys"), std::string::npos);
    EXPECT_EQ(rule(check("kindergarten", box(476100, 3245130, 476110, 3245144)), "min_site_area").status, RuleStatus::fail);
}

TEST_F(Sites, UnknownTypeAndBadRulesFiles) {
    EXPECT_THROW(check("spaceport", "POINT(476100 3245100)"), UsageError);
    std::ofstream(dir.file("no_clause.json")) << R"({"walking_speed_m_per_min":{"value":80,"clause":"x","verified":false},
        "general":{"scope_adjacent_m":{"value":100,"clause":"x","verified":false},"river_buffer_m":{"value":30,"clause":"x","verified":false}},
        "types":{"kindergarten":{"radius_m":{"value":300,"verified":false}}}})";
    try {
        load_site_rules(dir.file("no_clause.json"));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("types.kindergarten.radius_m: has no 'clause'"), std::string::npos) << e.what();
    }
    std::ofstream(dir.file("broken.json")) << "{\"types\": [";
    EXPECT_THROW(load_site_rules(dir.file("broken.json")), InputError);
}

}  // namespace
}  // namespace renozone
