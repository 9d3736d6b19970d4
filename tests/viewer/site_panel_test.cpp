// Clicks a site with the site check tool and checks the panel shows the core's
// verdict, rules and served households, and that the radius is drawn.
#include "window_fixture.h"

#include "core/planning/facility_gaps.h"
#include "display_names.h"
#include "error_text.h"
#include "gaps_layer.h"
#include "geos_conversion.h"
#include "identify_panel.h"
#include "layer_list.h"
#include "site_panel.h"
#include "translation_reset.h"

#include "core/base/text_utils.h"
#include "core/planning/project_store.h"
#include "core/vocabulary/site_rule_words.h"

#include <QPushButton>
#include <QTemporaryDir>

#include <QTest>

#include <algorithm>

using namespace renozone;
using namespace renozone::viewer;
using renozone::viewer::test::remove_translations;
using renozone::viewer::test::WindowTest;

// Named, not anonymous: in a unity build a TEST_F deriving from an anonymous
// namespace's fixture is a -Wsubobject-linkage warning.
namespace site_checking_fixture {

class SiteChecking : public WindowTest {
protected:
    SiteCheck core_check(const std::string& type, QPointF at) const {
        const GeomPtr site = point_geometry(district().ctx(), at);
        return window->session()->site_checker().check(type, site.get(), window->site_panel()->options());
    }
};

}  // namespace site_checking_fixture
using namespace site_checking_fixture;

TEST_F(SiteChecking, TheToolShowsTheCoresVerdictRulesAndServedHouseholds) {
    window->activate_tool(ToolKind::site_check);
    SitePanel& panel = *window->site_panel();
    int checked = 0;
    for (const std::string type : {"kindergarten", "elderly_care", "public_toilet"}) {
        ASSERT_TRUE(panel.set_facility_type(type));
        const QPoint click = canvas()->rect().center() + QPoint(35 * checked, -20 * checked);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, click);
        const SiteCheck expected = core_check(type, map_of(click));
        ASSERT_TRUE(panel.result().has_value()) << type;
        EXPECT_EQ(panel.result()->verdict, expected.verdict);
        EXPECT_TRUE(panel.verdict_text().contains(QString::fromStdString(rule_status_title(expected.verdict, interface_lang()))))
            << panel.verdict_text().toStdString();
        EXPECT_EQ(panel.rule_rows(), static_cast<int>(expected.rules.size()));
        EXPECT_EQ(panel.result()->households_served, expected.households_served);
        EXPECT_EQ(panel.result()->buildings_served, expected.buildings_served);
        EXPECT_DOUBLE_EQ(panel.result()->radius_m, expected.radius_m);
        EXPECT_GT(expected.households_served, 0);

        // The radius around the site and the served buildings are on the map.
        const auto& shapes = window->site_overlay().shapes();
        ASSERT_EQ(shapes.size(), 3u);
        const QRectF circle = shapes[0].path.boundingRect();
        EXPECT_NEAR(circle.width(), 2 * expected.radius_m, 1e-6);
        EXPECT_NEAR(circle.center().x(), expected.point.x, 1e-6);
        EXPECT_FALSE(shapes[1].path.isEmpty());
        ++checked;
    }
}

TEST_F(SiteChecking, ASiteOutsideTheDataIsExplainedNotChecked) {
    window->activate_tool(ToolKind::site_check);
    canvas()->set_view(canvas()->view().panned_by_pixels(QPointF(5000, 0)));  // far from the district
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, canvas()->rect().center());
    EXPECT_FALSE(window->site_panel()->result().has_value());
    EXPECT_EQ(window->site_panel()->verdict_text(), SitePanel::tr("无法检查"));
}

// The gaps are a layer on top (drawn by the map's renderer, listed with a
// legend), holding exactly the communities and homes the core names.
TEST_F(SiteChecking, TheGapsLayerShowsWhoTheCoreSaysIsLeftOut) {
    window->activate_tool(ToolKind::site_check);
    SitePanel& panel = *window->site_panel();
    ASSERT_TRUE(panel.set_facility_type("elderly_care"));
    auto* button = panel.findChild<QPushButton*>("site_gaps");
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);

    GapOptions options;
    options.use_network = panel.options().use_network;
    const FacilityGaps expected = facility_gaps(window->session()->site_checker(), "elderly_care", options);
    const QString summary = panel.gaps_summary();
    EXPECT_TRUE(summary.contains(QString::fromStdString(format_number(double(expected.district.covered_households), 0))))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QString::fromStdString(format_number(double(expected.district.households), 0))));

    const auto layer = window->layer_list()->layer(gaps_layer_id);
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(window->layer_list()->order_top_to_bottom().front(), gaps_layer_id);
    EXPECT_TRUE(window->layer_list()->is_visible(gaps_layer_id));
    const auto& data = district().data();
    long long substandard = 0, uncovered = 0;
    int first_uncovered = -1;
    for (const auto& row : expected.community_rows) substandard += row.substandard && data.communities[row.community].geom;
    for (int b : demand_buildings(district()))
        if (!expected.covered[b] && data.buildings[b].geom) {
            ++uncovered;
            if (first_uncovered < 0) first_uncovered = b;
        }
    ASSERT_GT(uncovered, 0);
    EXPECT_EQ(std::count(layer->classes.begin(), layer->classes.end(), 0), substandard);
    EXPECT_EQ(std::count(layer->classes.begin(), layer->classes.end(), 1), uncovered);
    EXPECT_EQ(static_cast<long long>(layer->size()), substandard + uncovered);

    // Identify looks through the gaps to the home below.
    window->identify_at(label_anchor(district().ctx(), data.buildings[first_uncovered].geom.get()), 0.01);
    EXPECT_EQ(window->identify_panel()->value_text("id"), QString::fromStdString(data.buildings[first_uncovered].id));

    auto* hide = panel.findChild<QPushButton*>("site_clear_gaps");
    ASSERT_NE(hide, nullptr);
    QTest::mouseClick(hide, Qt::LeftButton);
    EXPECT_EQ(window->layer_list()->layer(gaps_layer_id), nullptr);
    EXPECT_TRUE(panel.gaps_summary().isEmpty());
}

// Value and threshold each in their own unit (households are counted within a
// radius in metres), and the standard's clause in a column, Chinese first.
TEST_F(SiteChecking, RulesShowTheirOwnUnitsAndTheClauseInChineseFirst) {
    remove_translations();
    window->activate_tool(ToolKind::site_check);
    SitePanel& panel = *window->site_panel();
    ASSERT_TRUE(panel.set_facility_type("kindergarten"));
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, canvas()->rect().center());
    ASSERT_TRUE(panel.result().has_value());
    const auto& rules = panel.result()->rules;
    int households = -1, communities = -1;
    for (int i = 0; i < static_cast<int>(rules.size()); ++i) {
        if (rules[i].id == "households_served") households = i;
        if (rules[i].id == "planned_communities_served") communities = i;
    }
    ASSERT_GE(households, 0);
    ASSERT_GE(communities, 0);
    EXPECT_TRUE(panel.rule_cell(households, 2).endsWith(" 户")) << panel.rule_cell(households, 2).toStdString();
    EXPECT_EQ(panel.rule_cell(households, 3), "300 m");
    EXPECT_TRUE(panel.rule_cell(communities, 2).endsWith(" 个小区")) << panel.rule_cell(communities, 2).toStdString();
    EXPECT_EQ(panel.rule_cell(communities, 3), "300 m");
    for (int row = 0; row < panel.rule_rows(); ++row) EXPECT_FALSE(panel.rule_cell(row, 3).contains("households"));
    const QString clause = panel.rule_cell(households, 4);
    EXPECT_TRUE(clause.startsWith("renozone 初始值：服务半径不宜大于300米")) << clause.toStdString();
    EXPECT_FALSE(clause.contains("starting value"));  // the English wording is in the tooltip
}

TEST_F(SiteChecking, TheCheckIsRecordedInTheProject) {
    QTemporaryDir dir;
    const QString project = dir.filePath("project.gpkg");
    ASSERT_TRUE(window->open_project(project));
    window->activate_tool(ToolKind::site_check);
    SitePanel& panel = *window->site_panel();
    auto* record = panel.findChild<QPushButton*>("site_record");
    ASSERT_NE(record, nullptr);
    EXPECT_FALSE(record->isEnabled());  // nothing checked yet
    ASSERT_TRUE(panel.set_facility_type("kindergarten"));
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, canvas()->rect().center());
    ASSERT_TRUE(panel.result().has_value());
    ASSERT_TRUE(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);

    ProjectStore store(project.toStdString());
    const auto checks = store.site_checks(district().ctx());
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0].type, "kindergarten");
    EXPECT_EQ(checks[0].verdict, status_name(panel.result()->verdict));
    EXPECT_EQ(checks[0].households_served, panel.result()->households_served);
    EXPECT_FALSE(record->isEnabled());  // recorded once
}
