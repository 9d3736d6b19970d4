// Clicks a site with the site check tool and checks the panel shows the core's
// verdict, rules and served households, and that the radius is drawn.
#include "window_fixture.h"

#include "display_names.h"
#include "facility_gaps.h"
#include "geos_conversion.h"
#include "site_panel.h"

#include "text_utils.h"

#include <QPushButton>

#include <QTest>

using namespace renozone;
using namespace renozone::viewer;
using renozone::viewer::test::WindowTest;

namespace {

class SiteChecking : public WindowTest {
protected:
    SiteCheck core_check(const std::string& type, QPointF at) const {
        const GeomPtr site = point_geometry(district().ctx(), at);
        return window->session()->site_checker().check(type, site.get(), window->site_panel()->options());
    }
};

}  // namespace

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
        EXPECT_TRUE(panel.verdict_text().contains(rule_status_title(status_name(expected.verdict))))
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

TEST_F(SiteChecking, TheGapsOverlayShowsWhoTheCoreSaysIsLeftOut) {
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
    const auto& shapes = window->gaps_overlay().shapes();
    ASSERT_EQ(shapes.size(), 2u);
    EXPECT_EQ(shapes[1].path.isEmpty(), expected.district.uncovered_households() == 0);
    EXPECT_EQ(shapes[0].path.isEmpty(), expected.substandard_communities == 0);
    EXPECT_GT(expected.district.households, 0);
}
