#include "core/planning/phasing.h"
#include "core/planning/unit_geometry.h"
#include "core/report/phasing_report.h"
#include "districts.h"
#include "fixture.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

// Small district in plan: C1 (实施 2021) B1 B2 B5 B10, C3 (谋划 2023) B6; 丁小区
// (储备 2025) is in the plan table only. Unit 1 (实施 2022) takes B1 and B2:
//   unit 1    2022  2 buildings  3,200 m²  15 households  43.4 people (30 + 5 × 2.68)
//   C1 rest   2021  2 buildings  3,500 m²  11 households  28 people   (B5, B10)
//   C3        2023  1 building   1,000 m²   4 households  10 people
// C1 is complete when its last part (unit 1, 2022) is.
class SmallDistrictPhasing : public ::testing::Test {
protected:
    struct UnitDef {
        long long id;
        std::string wkt;
        std::optional<int> year;
        std::string phase;
    };
    std::vector<StoredUnit> units(const std::vector<UnitDef>& defs) {
        std::vector<StoredUnit> out;
        for (const auto& def : defs) {
            StoredUnit u{def.id, {}, "", std::move(unit_from_wkt(*d, def.wkt, "").geom)};
            u.attributes.name = "unit " + std::to_string(def.id);
            u.attributes.year = def.year;
            u.attributes.phase = def.phase;
            out.push_back(std::move(u));
        }
        return out;
    }
    const PhasingYear& year(const Phasing& p, std::optional<int> y) {
        for (const auto& row : p.years)
            if (row.year == y) return row;
        throw std::runtime_error("no year");
    }
    test::TempDir dir;
    std::unique_ptr<District> d = test::small_district(dir.file("district.gpkg"));
};

TEST_F(SmallDistrictPhasing, PlanTableAloneWithoutUnits) {
    const Phasing p = compute_phasing(*d, {});
    ASSERT_EQ(p.items.size(), 2u);
    EXPECT_EQ(p.items[0].id, "C1");
    EXPECT_EQ(p.items[0].figures.buildings, 4);
    ASSERT_EQ(p.years.size(), 5u);  // 2021 to 2025, every year
    EXPECT_EQ(*p.years.front().year, 2021);
    EXPECT_EQ(*p.years.back().year, 2025);
    EXPECT_NEAR(year(p, 2021).cumulative.floor_area_m2, 6700, 1e-6);
    EXPECT_NEAR(year(p, 2023).cumulative.floor_area_m2, 7700, 1e-6);
    EXPECT_EQ(year(p, 2023).cumulative.communities, 2);
}

TEST_F(SmallDistrictPhasing, UnitsTakeTheirBuildingsAndYears) {
    const Phasing p = compute_phasing(*d, units({{1, test::small_box(0, 0, 65, 40), 2022, "实施"}}));
    ASSERT_EQ(p.items.size(), 3u);
    EXPECT_EQ(p.items[0].id, "C1");  // 2021 first
    EXPECT_EQ(p.items[0].figures.buildings, 2);
    EXPECT_NEAR(p.items[0].figures.floor_area_m2, 3500, 1e-6);
    EXPECT_EQ(p.items[1].kind, "unit");
    EXPECT_EQ(p.items[1].figures.households, 15);
    EXPECT_NEAR(p.items[1].figures.people, 43.4, 1e-9);
    EXPECT_EQ(p.items[1].figures.communities, 1);  // completes C1

    const auto& y2021 = year(p, 2021);
    EXPECT_EQ(y2021.cumulative.buildings, 2);
    EXPECT_EQ(y2021.cumulative.communities, 0);
    const auto& y2022 = year(p, 2022);
    ASSERT_EQ(y2022.phases.size(), 1u);
    EXPECT_EQ(y2022.phases[0].phase, "实施");
    EXPECT_EQ(y2022.cumulative.buildings, 4);
    EXPECT_NEAR(y2022.cumulative.floor_area_m2, 6700, 1e-6);
    EXPECT_EQ(y2022.cumulative.households, 26);
    EXPECT_NEAR(y2022.cumulative.people, 71.4, 1e-9);
    const auto& y2023 = year(p, 2023);
    EXPECT_EQ(y2023.cumulative.buildings, 5);
    EXPECT_NEAR(y2023.cumulative.floor_area_m2, 7700, 1e-6);
    EXPECT_EQ(y2023.cumulative.households, 30);
    EXPECT_NEAR(y2023.cumulative.people, 81.4, 1e-9);
    EXPECT_EQ(y2023.cumulative.communities, 2);
    EXPECT_EQ(year(p, 2025).cumulative.buildings, 5);

    // Against the plan: district targets 6 buildings, 8,000 m², 32 households, 85 people.
    EXPECT_NEAR(*percent(y2023.cumulative.floor_area_m2, p.district_targets.floor_area_m2), 96.25, 1e-9);
    EXPECT_NEAR(*percent(double(y2023.cumulative.households), p.district_targets.households), 93.75, 1e-9);
    // The plan table's rows due by each year: C1 by 2021, 丙小区 by 2023, 丁小区 by 2025.
    EXPECT_DOUBLE_EQ(*year(p, 2022).plan_cumulative.floor_area_m2, 6000);
    EXPECT_DOUBLE_EQ(*y2023.plan_cumulative.buildings, 6);
    EXPECT_DOUBLE_EQ(*year(p, 2025).plan_cumulative.communities, 3);
}

TEST_F(SmallDistrictPhasing, OverlapsCountOnceAndUnscheduledComesLast) {
    const Phasing p = compute_phasing(*d, units({{1, test::small_box(0, 0, 65, 40), 2022, "实施"},
                                                 {2, test::small_box(35, 0, 65, 40), std::nullopt, ""}}));
    EXPECT_EQ(p.overlapping_buildings, 1);  // B2 stays with unit 1
    ASSERT_FALSE(p.years.back().year);
    EXPECT_EQ(p.years.back().total.buildings, 0);
    EXPECT_EQ(p.years.back().cumulative.buildings, 5);
}

TEST_F(SmallDistrictPhasing, Reports) {
    const Phasing p = compute_phasing(*d, units({{1, test::small_box(0, 0, 65, 40), 2022, "实施"}}));
    const auto j = phasing_json(p);
    EXPECT_EQ(j["years"][1]["year"], 2022);
    EXPECT_EQ(j["years"][1]["cumulative"]["buildings"], 4);
    EXPECT_EQ(j["years"][2]["percent_of_district_targets"]["floor_area_m2"], 96.25);
    const std::string csv = render_csv(phasing_table(p));
    EXPECT_NE(csv.find("year,2023,,,,,1,1,1000,4,10,2,5,7700,30,81.40,2,6,8000,32,85,100,83.33,96.25,93.75,95.76"),
              std::string::npos) << csv;
    EXPECT_NE(phasing_text(p).find("7,700 (96.3%)"), std::string::npos) << phasing_text(p);
}

}  // namespace
}  // namespace renozone
