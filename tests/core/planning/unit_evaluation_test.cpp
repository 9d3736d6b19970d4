#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "core/planning/project_store.h"
#include "core/planning/unit_evaluation.h"
#include "core/planning/unit_geometry.h"
#include "core/planning/unit_warnings.h"
#include "fixture.h"
#include "small_district.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace renozone {
namespace {

using test::box;

class Units : public ::testing::Test {
protected:
    void SetUp() override {
        district = std::make_unique<District>(load_dataset(test::write_small_district(dir.file("d.gpkg"))));
    }
    UnitShape wkt(const std::string& text) { return unit_from_wkt(*district, text, ""); }
    bool warned(const UnitEvaluation& e, const std::string& start) {
        return std::any_of(e.warnings.begin(), e.warnings.end(),
                           [&](const UnitWarning& w) { return english_unit_warning(w).rfind(start, 0) == 0; });
    }
    test::TempDir dir;
    std::unique_ptr<District> district;
};

TEST_F(Units, WholeDistrictUnitEqualsTheReport) {
    const auto unit = wkt(box(475000, 3244000, 478000, 3247000));
    const auto e = evaluate_unit(*district, unit.geom.get());
    const auto& report = district->analysis().coverage.district.figures;
    EXPECT_EQ(e.figures.buildings, report.buildings);
    EXPECT_DOUBLE_EQ(e.figures.floor_area_m2, report.floor_area_m2);
    EXPECT_EQ(e.figures.households, report.households);
    EXPECT_DOUBLE_EQ(e.figures.people, report.people);
    EXPECT_EQ(e.figures.lifts, report.lifts);
    EXPECT_EQ(e.figures.communities, report.communities);
}

TEST_F(Units, UnitFromWholeCommunities) {
    const auto unit = unit_from_communities(*district, {"C1"});
    const auto e = evaluate_unit(*district, unit.geom.get(), {2000000, FundingSplit{0.5, 0.2, 0.2, 0.1}});
    EXPECT_EQ(e.figures.buildings, 4);  // B1 B2 B5 B10
    EXPECT_NEAR(e.figures.floor_area_m2, 6700, 1e-6);
    EXPECT_EQ(e.eligible_buildings, 4);
    EXPECT_EQ(e.ineligible_buildings, 2);  // B3 built 2005, B4 commercial
    EXPECT_TRUE(warned(e, "takes in 2 building(s)"));
    EXPECT_DOUBLE_EQ(e.subsidy.lift_subsidy_cny, 160000);
    EXPECT_DOUBLE_EQ(e.subsidy.pipeline_subsidy_cny, 1000000);
    EXPECT_DOUBLE_EQ(*e.subsidy.residents_cny, 116000);
    ASSERT_EQ(e.partial_buildings.size(), 1u);  // B5 straddles C1's edge
    EXPECT_NEAR(e.partial_buildings[0].share, 0.6, 1e-9);
}

TEST_F(Units, WarnsWhenCuttingACommunityAndOverlapping) {
    const auto half = wkt(box(476000, 3245000, 476100, 3245200));
    const auto other = wkt(box(476050, 3245000, 476150, 3245100));
    const auto e = evaluate_unit(*district, half.geom.get(), {}, {other.geom.get()});
    EXPECT_TRUE(warned(e, "cuts community C1"));
    EXPECT_TRUE(warned(e, "overlaps 1 other unit"));
}

TEST_F(Units, ACommunityAlmostWhollyInsideIsNotSaidToBeWhollyInside) {
    // C1 is 38,400 m²; leaving out a 0.768 m strip along its top keeps 99.6 % of it inside.
    const auto almost = wkt(box(476000, 3245000, 476200, 3245199.232));
    const auto e = evaluate_unit(*district, almost.geom.get());
    EXPECT_TRUE(warned(e, "cuts community C1 甲小区 (99.6 % inside)"));
}

TEST(PercentInside, OneDecimalOnlyWhereRoundingWouldSayWholeOrNone) {
    EXPECT_EQ(percent_inside(0.996), "99.6");
    EXPECT_EQ(percent_inside(0.994), "99");
    EXPECT_EQ(percent_inside(1.0), "100");
    EXPECT_EQ(percent_inside(0.004), "0.4");
    EXPECT_EQ(percent_inside(0.005), "1");
    EXPECT_EQ(percent_inside(0.0), "0");
    EXPECT_EQ(percent_inside(0.4), "40");
    EXPECT_EQ(percent_inside(0.9996), "99.96");  // as many decimals as it takes not to say 100
    EXPECT_EQ(percent_inside(0.99996), "99.996");
    EXPECT_EQ(percent_inside(0.00004), "0.004");
}

TEST_F(Units, RefusesBadPolygons) {
    EXPECT_THROW(wkt("POLYGON((476010 3245010,476030 3245030,476030 3245010,476010 3245030,476010 3245010))"), InputError);
    EXPECT_THROW(wkt("POLYGON EMPTY"), InputError);
    EXPECT_THROW(wkt("LINESTRING(476010 3245010,476030 3245030)"), InputError);
    EXPECT_THROW(wkt(box(0, 0, 10, 10)), InputError);  // far outside the data
    EXPECT_THROW(wkt("not wkt"), InputError);
    EXPECT_THROW(unit_from_communities(*district, {"C9"}), InputError);
}

TEST_F(Units, AcceptsOtherCrsAndGeoJson) {
    // The same box given in CGCS2000 longitude/latitude gives the same buildings.
    const auto in_metres = evaluate_unit(*district, unit_from_communities(*district, {"C1"}).geom.get());
    const auto geojson = units_from_source(
        *district, R"({"type":"Polygon","coordinates":[[[107.7500,29.3200],[107.7700,29.3200],[107.7700,29.3400],[107.7500,29.3400],[107.7500,29.3200]]]})",
        "", "EPSG:4490");
    ASSERT_EQ(geojson.size(), 1u);
    EXPECT_GE(evaluate_unit(*district, geojson[0].geom.get()).figures.buildings, in_metres.figures.buildings);
}

TEST_F(Units, ProjectStoreRoundTrip) {
    const std::string path = dir.file("project.gpkg");
    ProjectStore store(path, *district->data().working_srs);
    const auto unit = unit_from_communities(*district, {"C1", "C3"});
    const auto e = evaluate_unit(*district, unit.geom.get());
    UnitAttributes a{"甲丙片区", "实施", 2022, "综合改造", "区住房城乡建委", "凤山街道办事处", 5e6, {}};
    const long long id = store.add_unit(a, unit.geom.get(), district->ctx(), e);
    UnitAttributes change;
    change.phase = "谋划";
    store.update_unit(id, change, nullptr, district->ctx(), nullptr);
    auto units = store.units(district->ctx());
    ASSERT_EQ(units.size(), 1u);
    EXPECT_EQ(units[0].attributes.name, "甲丙片区");
    EXPECT_EQ(units[0].attributes.phase, "谋划");
    EXPECT_EQ(*units[0].attributes.year, 2022);
    EXPECT_EQ(evaluate_unit(*district, units[0].geom.get()).figures.buildings, 5);
    UnitAttributes bad;
    bad.lead_department = "区交通局";  // not one of the plan's 13 units
    EXPECT_THROW(store.update_unit(id, bad, nullptr, district->ctx(), nullptr), UsageError);
    EXPECT_FALSE(units[0].attributes.money.funding);
    UnitAttributes split;
    split.money.funding = FundingSplit{0.4, 0.3, 0.2, 0.1};
    store.update_unit(id, split, nullptr, district->ctx(), nullptr);
    const auto funded = store.units(district->ctx());
    ASSERT_TRUE(funded[0].attributes.money.funding);
    EXPECT_DOUBLE_EQ(funded[0].attributes.money.funding->central, 0.4);
    EXPECT_DOUBLE_EQ(funded[0].attributes.money.funding->municipal, 0.3);
    EXPECT_DOUBLE_EQ(funded[0].attributes.money.funding->district, 0.2);
    EXPECT_DOUBLE_EQ(funded[0].attributes.money.funding->residents, 0.1);
    store.delete_unit(id);
    EXPECT_TRUE(store.units(district->ctx()).empty());
    EXPECT_THROW(store.delete_unit(id), InputError);
}

TEST_F(Units, ProjectsSavedBeforeTheFundingSplitStillOpenAndTakeIt) {
    const std::string path = dir.file("old.gpkg");
    {
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer* layer = ds->CreateLayer("implementation_units", district->data().working_srs.get(), wkbMultiPolygon);
        for (const char* name : {"name", "phase", "updated"}) {
            OGRFieldDefn field(name, OFTString);
            layer->CreateField(&field);
        }
        OGRFieldDefn cost("pipeline_cost_cny", OFTReal);
        layer->CreateField(&cost);
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("name", "旧单元");
        f.SetField("pipeline_cost_cny", 2e6);
        ASSERT_EQ(layer->CreateFeature(&f), OGRERR_NONE);
    }
    ProjectStore store(path);
    auto units = store.units(district->ctx());
    ASSERT_EQ(units.size(), 1u);
    EXPECT_EQ(units[0].attributes.name, "旧单元");
    EXPECT_FALSE(units[0].attributes.money.funding);
    UnitAttributes split;
    split.money.funding = FundingSplit{0.5, 0.2, 0.2, 0.1};
    store.update_unit(units[0].id, split, nullptr, district->ctx(), nullptr);
    units = store.units(district->ctx());
    ASSERT_TRUE(units[0].attributes.money.funding);
    EXPECT_DOUBLE_EQ(units[0].attributes.money.funding->central, 0.5);
    EXPECT_DOUBLE_EQ(*units[0].attributes.money.pipeline_cost_cny, 2e6);
}

TEST(FundingSplit, ParsesSharesAndPercentages) {
    const auto s = parse_funding_split("central=40,municipal=30,district=20,residents=10");
    EXPECT_DOUBLE_EQ(s.central, 0.4);
    EXPECT_DOUBLE_EQ(s.residents, 0.1);
    EXPECT_THROW(parse_funding_split("central=0.5,district=0.2"), UsageError);
    EXPECT_THROW(parse_funding_split("banks=1"), UsageError);
}

}  // namespace
}  // namespace renozone
