#include "core/base/text_utils.h"
#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "core/planning/ledger_actions.h"
#include "core/planning/phasing.h"
#include "core/planning/plan_departments.h"
#include "core/planning/site_check.h"
#include "core/planning/unit_geometry.h"
#include "core/report/html_report.h"
#include "fixture.h"
#include "small_district.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

namespace renozone {
namespace {

// The HTML of one <section id="...">.
std::string section(const std::string& html, const std::string& id) {
    const auto start = html.find("<section id=\"" + id + "\">");
    if (start == std::string::npos) return {};
    return html.substr(start, html.find("</section>", start) - start);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The embedded Wulong data, loaded once for every test here.
class HtmlReport : public ::testing::Test {
protected:
    static void SetUpTestSuite() { wulong = new District(load_dataset(inputs_from_single_source(embedded_dataset_path()))); }
    static void TearDownTestSuite() { delete wulong, wulong = nullptr; }
    static std::string report(Lang lang = Lang::zh, const ProjectContent* project = nullptr) {
        HtmlReportOptions o;
        o.lang = lang;
        o.generated = "2025-06-30T08:00:00Z";
        o.project = project;
        return html_report(*wulong, o);
    }
    static District* wulong;
};
District* HtmlReport::wulong = nullptr;

TEST_F(HtmlReport, DistrictTotalsBesideThePlansTargets) {
    const std::string totals = section(report(), "totals");
    for (const char* figure : {"1,618", "1,666,500", "13,072", "35,000"}) {
        // computed and target cells, and a card
        EXPECT_EQ(test::occurrences(totals, "<td class=\"num\">" + std::string(figure) + "</td>"), 2u + 2u) << figure;  // district + streets table total row
        EXPECT_TRUE(has(totals, "<div class=\"card-value\">" + std::string(figure) + "</div>")) << figure;
    }
    EXPECT_TRUE(has(totals, "<tr><td>楼栋（栋）</td><td class=\"num\">1,618</td><td class=\"num\">1,618</td><td class=\"num\">0</td><td class=\"num\">100.0%</td></tr>"));
    EXPECT_TRUE(has(totals, ">凤山街道</td>"));
    EXPECT_TRUE(has(totals, ">芙蓉街道</td>"));
}

TEST_F(HtmlReport, OneRowPerPlannedCommunityAndTheRestApart) {
    const std::string html = section(report(), "communities");
    EXPECT_EQ(test::occurrences(html, "<tr class=\"community\">"), 31u);
    const auto& tags = wulong->analysis().communities;
    const auto unplanned = std::count_if(tags.begin(), tags.end(), [](const CommunityTags& t) { return !t.planned; });
    EXPECT_EQ(test::occurrences(html, "<tr class=\"community-unplanned\">"), static_cast<std::size_t>(unplanned));
    for (const char* named : {"油房沟小区", "老街片区", "红豆大厦小区", "柏杨路小区", "蓝宝石小区"})
        EXPECT_TRUE(has(html, std::string("<td>") + named + "</td>")) << named;
}

TEST_F(HtmlReport, HoldsTheMapAsInlineSvg) {
    const std::string map = section(report(), "map");
    EXPECT_EQ(test::occurrences(map, "<svg "), 1u);
    EXPECT_GE(test::occurrences(map, "<polygon "), 31u);
    EXPECT_GE(test::occurrences(map, "<path "), 3u);  // buildings, roads, river
}

TEST_F(HtmlReport, NeedsNothingFromTheNetwork) {
    for (Lang lang : {Lang::zh, Lang::en}) {
        const std::string html = report(lang);
        for (const char* remote : {"http://", "https://", "<script", "<link", " src=", "@import", "<iframe", "<img"})
            EXPECT_FALSE(has(html, remote)) << remote;
        EXPECT_EQ(test::occurrences(html, "url("), test::occurrences(html, "url(#"));  // only references inside the page
    }
}

TEST_F(HtmlReport, ChineseByDefault) {
    const std::string html = report();
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0), 0u);
    for (const char* heading : {"<h2>全区与街道汇总</h2>", "<h2>改造范围图</h2>", "<h2>各小区明细</h2>", "<h2>加装电梯与补助</h2>",
                                "<h2>实施单元</h2>", "<h2>选址检查</h2>", "<h2>数据问题汇总</h2>"})
        EXPECT_TRUE(has(html, heading)) << heading;
    EXPECT_TRUE(has(html, "<title>城镇老旧小区改造规划报告</title>"));
}

TEST_F(HtmlReport, EnglishWithLangEn) {
    const std::string html = report(Lang::en);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    for (const char* heading : {"<h2>District and street totals</h2>", "<h2>Map of the renovation scope</h2>",
                                "<h2>Communities</h2>", "<h2>Lifts and subsidies</h2>", "<h2>Discrepancies</h2>"})
        EXPECT_TRUE(has(html, heading)) << heading;
    const std::regex h2("<h2>([^<]*)</h2>");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), h2); it != std::sregex_iterator(); ++it)
        for (unsigned char c : (*it)[1].str()) EXPECT_LT(c, 0x80) << (*it)[1].str();
    EXPECT_FALSE(has(html, "全区与街道汇总"));
}

TEST_F(HtmlReport, LiftsAndSubsidies) {
    const std::string lifts = section(report(), "lifts");
    const auto& f = wulong->analysis().coverage.district.figures;
    EXPECT_TRUE(has(lifts, "<td>每部电梯补助（元）</td><td class=\"num\">80,000</td>"));
    EXPECT_TRUE(has(lifts, "<td>加装电梯（部）</td><td class=\"num\">" + format_number(double(f.lifts), 0) + "</td>"));
    EXPECT_TRUE(has(lifts, "<td>电梯补助（元）</td><td class=\"num\">" + format_number(f.lifts * 80000.0, 0) + "</td>"));
    EXPECT_TRUE(has(lifts, "<td>管网改造补助比例（占总造价）</td><td class=\"num\">50%</td>"));
}

TEST_F(HtmlReport, CarriesTheDataNoticeAndDiscrepancies) {
    const std::string html = report();
    EXPECT_TRUE(has(html, "<aside class=\"notice\" id=\"data-notice\"><strong>数据说明</strong>: " +
                              escape_xml(wulong->data().data_notice)));
    EXPECT_TRUE(has(html, "几何为模型数据"));
    const std::string d = section(html, "discrepancies");
    const auto& findings = wulong->analysis().discrepancies;
    EXPECT_TRUE(has(d, ">" + std::to_string(findings.count(Severity::warning)) + " 警告</span>"));
    EXPECT_TRUE(has(d, ">" + std::to_string(findings.repairs.size()) + " 已修复几何</span>"));
    EXPECT_GE(test::occurrences(d, "<tr class=\"severity-"), 1u);
    // The examples name the input file without the folders of the machine that made the report.
    EXPECT_TRUE(has(d, ">wulong.gpkg: layer &#39;buildings&#39;: feature"));
    EXPECT_FALSE(has(d, embedded_dataset_path()));
}

// Gaps and phasing come from the data and the plan: they are filled without a
// project, the ledger says there is none and how to make one.
TEST_F(HtmlReport, PlanningSectionsFromTheEnginesWithoutAProject) {
    const std::string html = report();
    for (const char* id : {"facility-gaps", "phasing", "ledger"}) {
        EXPECT_FALSE(has(section(html, id), "本版本尚未提供")) << id;
        EXPECT_FALSE(has(section(html, id), "not-available")) << id;
    }

    const std::string gaps = section(html, "facility-gaps");
    const SiteChecker checker(*wulong, load_default_site_rules());
    const auto all = all_facility_gaps(checker);
    ASSERT_FALSE(all.empty());
    // one row per facility type of the rules
    EXPECT_EQ(test::occurrences(gaps, "<tr class=\"gap\">") + test::occurrences(gaps, "<tr class=\"gap has-gaps\">"), all.size());
    for (const auto& g : all)  // the engine's figures: households, covered, coverage, uncovered
        EXPECT_TRUE(has(gaps, "<td>" + facility_label(Lang::zh, g.type) + "</td><td class=\"num\">" +
                                  format_number(g.rule.radius_m.value, 0) + "</td><td>" +
                                  (g.distance_method == "network" ? "路网距离" : "直线距离") + "</td><td class=\"num\">" +
                                  format_number(double(g.facilities.size()), 0) + "</td><td class=\"num\">" +
                                  format_number(double(g.district.households), 0) + "</td><td class=\"num\">" +
                                  format_number(double(g.district.covered_households), 0) + "</td>"))
            << g.type;
    EXPECT_EQ(test::occurrences(gaps, "<tr class=\"gap-community"), 31u);  // the planned communities
    EXPECT_TRUE(has(gaps, "<td>油房沟小区</td>"));

    const std::string phasing = section(html, "phasing");
    EXPECT_TRUE(has(phasing, "按方案表的批次与年度分期"));
    EXPECT_TRUE(has(phasing, "实施单元 0 · 单元外的规划小区 31"));
    const Phasing p = compute_phasing(*wulong, {});
    std::size_t parts = 0;
    for (const auto& y : p.years) parts += y.phases.size();
    ASSERT_GT(parts, 1u);
    EXPECT_EQ(test::occurrences(phasing, "<tr class=\"phase-part "), parts);
    EXPECT_EQ(test::occurrences(phasing, "<tr class=\"phasing-year\">"), p.years.size());
    // By the last year the plan is done: 31 communities, 1,618 buildings.
    EXPECT_TRUE(has(phasing, "<td class=\"num\">31 (100.0%)</td><td class=\"num\">1,618 (100.0%)</td>"));
    EXPECT_TRUE(has(phasing, "<td>实施</td>"));

    const std::string ledger = section(html, "ledger");
    EXPECT_TRUE(has(ledger, "未指定项目文件"));
    EXPECT_TRUE(has(ledger, "renozone ledger add --project 项目.gpkg"));
}

TEST_F(HtmlReport, PlanningSectionsInEnglish) {
    const std::string html = report(Lang::en);
    const std::string gaps = section(html, "facility-gaps");
    EXPECT_TRUE(has(gaps, "<td>Kindergarten</td>"));
    EXPECT_TRUE(has(gaps, "<th class=\"num\">Households covered</th>"));
    const std::string phasing = section(html, "phasing");
    EXPECT_TRUE(has(phasing, "No project given (--project): phased by the plan table"));
    EXPECT_TRUE(has(phasing, "<td>implement</td>"));
    EXPECT_TRUE(has(section(html, "ledger"), "renozone ledger add --project project.gpkg"));
    for (const char* id : {"facility-gaps", "phasing", "ledger"}) {
        const std::string s = section(html, id);
        const std::regex heading("<h[23]>([^<]*)</h[23]>");
        for (auto it = std::sregex_iterator(s.begin(), s.end(), heading); it != std::sregex_iterator(); ++it)
            for (unsigned char c : (*it)[1].str()) EXPECT_LT(c, 0x80) << (*it)[1].str();
    }
}

// The phasing table's phase cells carry the map's phase colour.
TEST_F(HtmlReport, PhaseSwatchesUseTheMapsPalette) {
    const std::string html = report();
    // 实施 #d73027 at 0.45 over the land #f8f6f0.
    EXPECT_TRUE(has(html, "tr.phase-0 td:nth-child(2)::before { background: #e99d96; border-color: #4d4d4d; }"));
    EXPECT_TRUE(has(section(html, "phasing"), "<tr class=\"phase-part phase-swatch phase-0\"><td>"));
    // The map draws the same palette.
    EXPECT_TRUE(has(section(html, "map"), "fill=\"#d73027\" fill-opacity=\"0.45\" stroke=\"#4d4d4d\""));
    EXPECT_FALSE(has(section(html, "map"), "#b8e0a6"));  // the green the report once drew for 实施
}

TEST_F(HtmlReport, ProjectUnitsAndSiteChecks) {
    const std::string without = report();
    EXPECT_TRUE(has(section(without, "units"), "未指定项目文件"));
    EXPECT_TRUE(has(section(without, "site-checks"), "未指定项目文件"));

    test::TempDir dir;
    const std::string path = dir.file("project.gpkg");
    {
        ProjectStore store(path, *wulong->data().working_srs);
        const auto unit = unit_from_communities(*wulong, {"FS03", "FS14"});
        UnitAttributes a{"油房沟片区", "实施", 2022, "综合改造", "", "", 6e6, {}};
        store.add_unit(a, unit.geom.get(), wulong->ctx(), evaluate_unit(*wulong, unit.geom.get()));
        const SiteChecker checker(*wulong, load_default_site_rules());
        const auto site = unit_from_wkt(*wulong, "POLYGON((474470 3245570,474530 3245570,474530 3245630,474470 3245630,474470 3245570))",
                                        "", ShapeUse::site);
        store.add_site_check(checker.check("kindergarten", site.geom.get()), site.geom.get(), wulong->ctx());
    }
    {
        const ProjectContent without_ledger = read_project(path, *wulong);
        EXPECT_TRUE(has(section(report(Lang::zh, &without_ledger), "ledger"), "项目中尚无台账记录"));
    }
    LedgerChange change;
    change.name = "下油房沟改造";
    change.unit_id = 1;
    change.content = std::vector<std::string>{"water", "lifts"};
    change.phase = "实施";
    change.year = 2022;
    change.investment_cny = 5e6;
    change.lead_department = "1";
    change.progress_percent = 40;
    const LedgerRecord added = add_ledger_project(path, *wulong, new_ledger_record(change));
    const ProjectContent project = read_project(path, *wulong);
    ASSERT_EQ(project.ledger.size(), 1u);
    const std::string html = report(Lang::zh, &project);
    const std::string ledger = section(html, "ledger");
    EXPECT_EQ(test::occurrences(ledger, "<tr class=\"ledger-project\">"), 1u);
    EXPECT_TRUE(has(ledger, "<td class=\"num\">1</td><td>下油房沟改造</td><td>" + find_department("1")->name +
                                "</td><td>实施</td><td class=\"num\">2022</td><td class=\"num\">" +
                                format_number(double(added.scale.buildings), 0) + "</td>"));
    EXPECT_GT(added.scale.buildings, 0);
    EXPECT_TRUE(has(ledger, "<td>供水管网及一户一表、加装电梯</td><td class=\"num\">5,000,000</td>"));
    EXPECT_TRUE(has(ledger, "<td>40%</td>"));
    EXPECT_FALSE(has(ledger, "未指定项目文件"));
    EXPECT_TRUE(has(section(html, "phasing"), "实施单元 1 · 单元外的规划小区"));
    EXPECT_FALSE(has(section(html, "phasing"), "按方案表的批次与年度分期"));
    EXPECT_TRUE(has(section(report(Lang::en, &project), "ledger"), "<td>water, lifts</td>"));
    const std::string units = section(html, "units");
    EXPECT_EQ(test::occurrences(units, "<tr class=\"unit"), 1u);
    EXPECT_TRUE(has(units, "<td>油房沟片区</td><td>实施</td><td class=\"num\">2022</td><td>综合改造</td>"));
    const auto e = evaluate_unit(*wulong, project.units[0].geom.get());
    EXPECT_TRUE(has(units, "<td class=\"num\">" + format_number(double(e.figures.buildings), 0) + "</td><td class=\"num\">" +
                               format_number(e.figures.floor_area_m2, 0) + "</td>"));
    const std::string checks = section(html, "site-checks");
    EXPECT_EQ(test::occurrences(checks, "<tr class=\"site-check verdict-"), 1u);
    EXPECT_TRUE(has(checks, "<td>幼儿园</td>"));
    EXPECT_TRUE(has(html, "项目文件: project.gpkg"));
    EXPECT_TRUE(has(section(html, "map"), "<title>1 油房沟片区</title>"));
}

TEST(HtmlReportSmallDistrict, WorksWithoutNoticeRiverRoadsOrFacilities) {
    test::TempDir dir;
    const District district(load_dataset(test::write_small_district(dir.file("d.gpkg"))));
    const std::string html = html_report(district);
    EXPECT_FALSE(has(html, "id=\"data-notice\""));
    EXPECT_EQ(test::occurrences(section(html, "communities"), "<tr class=\"community\">"), 2u);  // 甲 and 丙; 丁 has no polygon
    EXPECT_EQ(test::occurrences(section(html, "communities"), "<tr class=\"community-unplanned\">"), 1u);
    const auto& f = district.analysis().coverage.district.figures;
    ASSERT_NE(f.floor_area_m2, 8000);  // off target: the row is marked
    EXPECT_TRUE(has(section(html, "totals"), "<tr class=\"off-target\"><td>建筑面积（m²）</td><td class=\"num\">" +
                                                 format_number(f.floor_area_m2, 0) + "</td><td class=\"num\">8,000</td>"));
    EXPECT_EQ(test::occurrences(section(html, "map"), "<svg "), 1u);
    EXPECT_FALSE(has(section(html, "map"), "乌江"));
}

}  // namespace
}  // namespace renozone
