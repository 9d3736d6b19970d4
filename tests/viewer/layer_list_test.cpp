// Layer visibility and order, and identify on what is visible: a community's
// attributes and its coverage beside the plan's targets.
#include "window_fixture.h"

#include "community_panel.h"
#include "identify_panel.h"
#include "layer_list.h"

#include "core/base/text_utils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace renozone;
using namespace renozone::viewer;
using renozone::viewer::test::WindowTest;

using LayerListTest = WindowTest;

TEST_F(LayerListTest, ListsTheDistrictsLayersTopFirstAndReordersThem) {
    LayerList& list = *window->layer_list();
    const QStringList order = list.order_top_to_bottom();
    EXPECT_EQ(order, QStringList({"facilities", "heritage", "buildings", "roads", "streets", "communities", "river"}));
    list.move("river", 10);
    EXPECT_EQ(list.order_top_to_bottom().first(), "river");
    const auto visible = list.visible_bottom_to_top();
    EXPECT_EQ(visible.back()->id, "river");
    list.set_visible("buildings", false);
    EXPECT_FALSE(list.is_visible("buildings"));
    EXPECT_EQ(list.visible_bottom_to_top().size(), 6u);
    ASSERT_TRUE(canvas()->wait_for_frame());
}

TEST_F(LayerListTest, IdentifyingACommunityShowsItsCoverageAgainstTargets) {
    for (const char* hidden : {"buildings", "facilities", "heritage", "roads", "streets"})
        window->layer_list()->set_visible(hidden, false);
    const auto& rows = district().analysis().coverage.communities;
    int target = -1;
    for (int i = 0; i < static_cast<int>(rows.size()) && target < 0; ++i)
        if (rows[i].planned && rows[i].targets.households) target = i;
    ASSERT_GE(target, 0);
    const CoverageRow& row = rows[target];
    std::shared_ptr<const MapLayer> communities;
    for (const auto& l : window->session()->layers())
        if (l->id == "communities") communities = l;
    ASSERT_TRUE(communities);
    window->activate_tool(ToolKind::identify);
    const QPoint click = screen_of(communities->label_anchors.at(target));
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, click);

    EXPECT_EQ(window->identify_panel()->value_text("name").toStdString(), row.name);
    EXPECT_EQ(window->identify_panel()->value_text("phase").toStdString(), row.phase);
    const CommunityPanel& panel = *window->community_panel();
    EXPECT_EQ(panel.cell_text("households", 0).toStdString(), format_number(double(row.figures.households), 0));
    EXPECT_EQ(panel.cell_text("households", 1).toStdString(), format_number(*row.targets.households, 0));
    EXPECT_EQ(panel.cell_text("floor_area_m2", 0).toStdString(), format_number(row.figures.floor_area_m2, 0));
    const auto pct = percent(double(row.figures.households), row.targets.households);
    EXPECT_EQ(panel.cell_text("households", 3).toStdString(), format_number(*pct, 1) + "%");
}

TEST_F(LayerListTest, LayersExportToAStyledGeoPackage) {
    QTemporaryDir dir;
    const QString path = dir.filePath("layers.gpkg");
    ASSERT_EQ(window->export_layers(path), QString());
    EXPECT_TRUE(source_has_layer(path, "buildings"));
    EXPECT_TRUE(source_has_layer(path, "communities"));
    EXPECT_TRUE(source_has_layer(path, "layer_styles"));
    // The viewer reads the styles back from the file it wrote.
    MainWindow reopened;
    ASSERT_TRUE(reopened.open_source(path));
    for (const auto& layer : reopened.session()->layers())
        if (layer->id == "communities") EXPECT_EQ(layer->style.source, "layer_styles");
}
