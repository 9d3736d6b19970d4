#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "core/planning/project_content.h"
#include "core/planning/site_check.h"
#include "core/planning/unit_geometry.h"
#include "core/report/svg_map.h"
#include "fixture.h"
#include "small_district.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

class SvgMap : public ::testing::Test {
protected:
    void SetUp() override { district = std::make_unique<District>(load_dataset(test::write_small_district(dir.file("d.gpkg")))); }
    test::TempDir dir;
    std::unique_ptr<District> district;
};

TEST_F(SvgMap, DrawsEveryCommunityWithItsNameAndFitsTheWidth) {
    const std::string svg = svg_map(*district);
    EXPECT_EQ(svg.rfind("<svg", 0), 0u);
    EXPECT_NE(svg.find("viewBox=\"0 0 1200 "), std::string::npos);
    // C3 is one simple ring; C1 has a hole and C2 two parts, so they are paths.
    EXPECT_EQ(test::occurrences(svg, "<polygon"), 1u);
    EXPECT_NE(svg.find("<title>甲小区 (C1) 实施</title></path>"), std::string::npos);
    EXPECT_NE(svg.find("<title>乙小区 (C2) 未纳入方案</title></path>"), std::string::npos);
    EXPECT_NE(svg.find("<title>丙小区 (C3) 谋划</title></polygon>"), std::string::npos);
    for (const char* name : {">甲小区</text>", ">乙小区</text>", ">丙小区</text>", ">凤山街道</text>"})
        EXPECT_NE(svg.find(name), std::string::npos) << name;
    EXPECT_NE(svg.find("font-family=\"'Noto Sans CJK SC', sans-serif\""), std::string::npos);
    EXPECT_EQ(svg.find("http"), std::string::npos);  // inline in HTML: no namespace needed
}

TEST_F(SvgMap, LegendScaleBarAndNorthArrowFollowTheLanguage) {
    const std::string zh = svg_map(*district);
    for (const char* text : {">实施一批</text>", ">纳入改造楼栋</text>", ">街道界线</text>", ">北</text>", ">米</text>"})
        EXPECT_NE(zh.find(text), std::string::npos) << text;
    SvgMapOptions en;
    en.lang = Lang::en;
    const std::string svg = svg_map(*district, en);
    for (const char* text : {">Implement</text>", ">Building in the plan</text>", ">N</text>", ">m</text>"})
        EXPECT_NE(svg.find(text), std::string::npos) << text;
    EXPECT_EQ(svg.find("实施一批"), std::string::npos);
}

TEST_F(SvgMap, StandaloneFileCarriesTheNamespace) {
    SvgMapOptions o;
    o.standalone = true;
    const std::string svg = svg_map(*district, o);
    EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
    EXPECT_NE(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
}

TEST_F(SvgMap, FittedToTheGivenSizeWithTheLegendBelow) {
    SvgMapOptions o;
    o.width = 600;
    o.height = 500;
    const std::string svg = svg_map(*district, o);
    EXPECT_NE(svg.find("viewBox=\"0 0 600 500\""), std::string::npos);
}

TEST_F(SvgMap, ShowsTheProjectsUnitsAndSiteChecks) {
    ProjectStore store(dir.file("p.gpkg"), *district->data().working_srs);
    const auto unit = unit_from_communities(*district, {"C1"});
    UnitAttributes a;
    a.name = "甲片区";
    store.add_unit(a, unit.geom.get(), district->ctx(), evaluate_unit(*district, unit.geom.get()));
    const SiteChecker checker(*district, load_default_site_rules());
    const auto site = unit_from_wkt(*district, "POINT(476100 3245300)", "", ShapeUse::site);
    store.add_site_check(checker.check("kindergarten", site.geom.get()), site.geom.get(), district->ctx());
    const ProjectContent project = read_project(dir.file("p.gpkg"), *district);
    ASSERT_EQ(project.units.size(), 1u);
    ASSERT_EQ(project.site_checks.size(), 1u);

    SvgMapOptions o;
    o.units = &project.units;
    o.site_checks = &project.site_checks;
    const std::string svg = svg_map(*district, o);
    EXPECT_NE(svg.find("<title>1 甲片区</title>"), std::string::npos);
    EXPECT_NE(svg.find(">甲片区</text>"), std::string::npos);
    EXPECT_NE(svg.find("<title>#1 幼儿园: " + project.site_checks[0].verdict + "</title>"), std::string::npos);
    EXPECT_NE(svg.find(">实施单元</text>"), std::string::npos);    // legend
    EXPECT_NE(svg.find(">选址检查 通过</text>"), std::string::npos);
    // The 300 m service radius, at the map's scale.
    EXPECT_NE(svg.find("stroke-dasharray=\"5 3\""), std::string::npos);
}

TEST_F(SvgMap, ReadingAMissingProjectFails) {
    EXPECT_THROW(read_project(dir.file("nowhere.gpkg"), *district), InputError);
}

}  // namespace
}  // namespace renozone
