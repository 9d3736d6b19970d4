// Draws implementation units with simulated clicks and checks that the panel
// shows exactly what the core's evaluate_unit says for the same polygon.
#include "widget_driver.h"
#include "window_fixture.h"

#include "funding_table.h"
#include "geos_conversion.h"
#include "layer_list.h"
#include "saved_funding.h"
#include "unit_panel.h"
#include "unit_save_dialog.h"
#include "unit_sketch.h"

#include "core/base/text_utils.h"
#include "core/planning/project_store.h"
#include "core/planning/unit_evaluation.h"
#include "core/vocabulary/unit_figure_rows.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace renozone;
using namespace renozone::viewer;
using renozone::viewer::test::WindowTest;

// Named, not anonymous: in a unity build a TEST_F deriving from an anonymous
// namespace's fixture is a -Wsubobject-linkage warning.
namespace unit_drawing_fixture {

class UnitDrawing : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        if (HasFatalFailure()) return;
        window->activate_tool(ToolKind::draw_unit);
        const QPoint c = canvas()->rect().center();
        clicks = {c + QPoint(-160, -90), c + QPoint(150, -110), c + QPoint(170, 85), c + QPoint(-140, 100)};
    }

    UnitEvaluation core_evaluation(const QPolygonF& ring) const {
        GeomPtr polygon = polygon_from_ring(district().ctx(), ring);
        return evaluate_unit(district(), polygon.get(), window->unit_panel()->money(), window->session()->unit_geometries());
    }

    QPolygonF clicked_ring() const {
        QPolygonF ring;
        for (const QPoint& p : clicks) ring << map_of(p);
        return ring;
    }

    void draw_closed_unit() {
        for (std::size_t i = 0; i + 1 < clicks.size(); ++i) QTest::mouseClick(canvas(), Qt::LeftButton, {}, clicks[i]);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, clicks.back());
        QTest::mouseDClick(canvas(), Qt::LeftButton, {}, clicks.back());
        settle();
    }

    void expect_panel_shows(const UnitEvaluation& expected) {
        const UnitPanel& panel = *window->unit_panel();
        ASSERT_TRUE(panel.evaluation().has_value()) << panel.status_text().toStdString();
        const UnitEvaluation& shown = *panel.evaluation();
        EXPECT_DOUBLE_EQ(shown.area_m2, expected.area_m2);
        EXPECT_EQ(shown.figures.buildings, expected.figures.buildings);
        EXPECT_DOUBLE_EQ(shown.figures.floor_area_m2, expected.figures.floor_area_m2);
        EXPECT_EQ(shown.figures.households, expected.figures.households);
        EXPECT_DOUBLE_EQ(shown.figures.people, expected.figures.people);
        EXPECT_EQ(shown.figures.lifts, expected.figures.lifts);
        EXPECT_DOUBLE_EQ(shown.subsidy.total_cny, expected.subsidy.total_cny);
        EXPECT_EQ(shown.eligible_buildings, expected.eligible_buildings);
        EXPECT_EQ(shown.buildings, expected.buildings);
        // …and the table a planner reads says the same.
        EXPECT_EQ(panel.figure_text("buildings").toStdString(), format_number(double(expected.figures.buildings), 0));
        EXPECT_EQ(panel.figure_text("floor_area_m2").toStdString(), format_number(expected.figures.floor_area_m2, 0));
        EXPECT_EQ(panel.figure_text("households").toStdString(), format_number(double(expected.figures.households), 0));
        EXPECT_EQ(panel.figure_text("people").toStdString(), format_number(expected.figures.people, 0));
        EXPECT_EQ(panel.figure_text("lift_subsidy_cny").toStdString(), format_number(expected.subsidy.lift_subsidy_cny, 0));
        EXPECT_EQ(panel.figure_text("area_m2").toStdString(), format_number(expected.area_m2, 0));
        // Every row the core lists, the plugin's panel too (core/vocabulary/unit_figure_rows.h).
        for (const auto& row : unit_figure_rows())
            EXPECT_EQ(panel.figure_text(row.key).toStdString(), format_number(row.value(expected), row.decimals)) << row.key;
    }

    std::vector<QPoint> clicks;
};

}  // namespace unit_drawing_fixture
using namespace unit_drawing_fixture;

TEST_F(UnitDrawing, ClicksAndDoubleClickDrawTheUnitTheCoreEvaluates) {
    draw_closed_unit();
    const UnitSketch& sketch = *window->sketch();
    ASSERT_TRUE(sketch.closed());
    ASSERT_EQ(sketch.vertices().size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_NEAR(sketch.vertices()[i].x(), clicked_ring()[i].x(), 1e-6);
        EXPECT_NEAR(sketch.vertices()[i].y(), clicked_ring()[i].y(), 1e-6);
    }
    const UnitEvaluation expected = core_evaluation(sketch.vertices());
    EXPECT_GT(expected.figures.buildings, 0);  // the unit covers planned buildings
    EXPECT_GT(expected.figures.households, 0);
    expect_panel_shows(expected);
}

TEST_F(UnitDrawing, FiguresFollowTheCursorWhileDrawing) {
    for (int i = 0; i < 3; ++i) QTest::mouseClick(canvas(), Qt::LeftButton, {}, clicks[i]);
    test::move_mouse(canvas(), clicks[3]);
    settle();
    QPolygonF live = clicked_ring();  // three vertices and the cursor
    expect_panel_shows(core_evaluation(live));

    const QPoint elsewhere = clicks[3] + QPoint(-60, 40);
    test::move_mouse(canvas(), elsewhere);
    settle();
    live[3] = map_of(elsewhere);
    expect_panel_shows(core_evaluation(live));
    EXPECT_FALSE(window->sketch()->closed());
    EXPECT_FALSE(window->coordinates_text().isEmpty());  // the status bar follows the cursor too
}

TEST_F(UnitDrawing, VerticesMoveInsertAndDeleteWithUndoAndRedo) {
    draw_closed_unit();
    UnitSketch& sketch = *window->sketch();
    const QPolygonF drawn = sketch.vertices();

    const QPoint from = screen_of(drawn[0]), to = from + QPoint(40, 25);
    test::drag_mouse(canvas(), from, to);
    settle();
    ASSERT_EQ(sketch.vertices().size(), 4);
    EXPECT_NEAR(sketch.vertices()[0].x(), map_of(to).x(), 1e-6);
    EXPECT_NEAR(sketch.vertices()[0].y(), map_of(to).y(), 1e-6);
    expect_panel_shows(core_evaluation(sketch.vertices()));

    sketch.undo_stack().undo();
    settle();
    EXPECT_EQ(sketch.vertices(), drawn);
    expect_panel_shows(core_evaluation(drawn));
    sketch.undo_stack().redo();
    EXPECT_NEAR(sketch.vertices()[0].x(), map_of(to).x(), 1e-6);

    // Drag the middle of edge 1–2 outwards: a fifth vertex.
    const QPointF mid = (sketch.vertices()[1] + sketch.vertices()[2]) / 2;
    test::drag_mouse(canvas(), screen_of(mid), screen_of(mid) + QPoint(50, 0));
    ASSERT_EQ(sketch.vertices().size(), 5);
    EXPECT_NEAR(sketch.vertices()[2].x(), map_of(screen_of(mid) + QPoint(50, 0)).x(), 1e-6);

    // Right-click a vertex to delete it.
    QTest::mouseClick(canvas(), Qt::RightButton, {}, screen_of(sketch.vertices()[2]));
    EXPECT_EQ(sketch.vertices().size(), 4);

    // Undo all the way back to nothing, then redo to the closed unit.
    while (sketch.undo_stack().canUndo()) sketch.undo_stack().undo();
    EXPECT_TRUE(sketch.vertices().isEmpty());
    EXPECT_FALSE(sketch.closed());
    while (sketch.undo_stack().canRedo()) sketch.undo_stack().redo();
    EXPECT_TRUE(sketch.closed());
    EXPECT_EQ(sketch.vertices().size(), 4);

    QTest::keyClick(canvas(), Qt::Key_Escape);
    EXPECT_TRUE(sketch.vertices().isEmpty());
}

TEST_F(UnitDrawing, ACrossedPolygonIsRefusedWithTheCoresReason) {
    const std::vector<QPoint> bow_tie = {clicks[0], clicks[2], clicks[1], clicks[3]};
    for (const QPoint& p : bow_tie) QTest::mouseClick(canvas(), Qt::LeftButton, {}, p);
    QTest::mouseDClick(canvas(), Qt::LeftButton, {}, bow_tie.back());
    settle();
    EXPECT_TRUE(window->sketch()->closed());
    EXPECT_FALSE(window->unit_panel()->evaluation().has_value());
    EXPECT_TRUE(window->unit_panel()->status_text().contains("not valid")) << window->unit_panel()->status_text().toStdString();
}

TEST_F(UnitDrawing, SavedIntoTheProjectGeoPackageWithItsAttributes) {
    draw_closed_unit();
    const UnitEvaluation expected = core_evaluation(window->sketch()->vertices());
    QTemporaryDir dir;
    const QString project = dir.filePath("project.gpkg");

    UnitSaveDialog dialog(project);
    dialog.set_values("油房沟片区实施单元", "实施", 2023, "综合改造", 1);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(window->save_unit(dialog.attributes(), dialog.project_path()), QString());

    ProjectStore store(project.toStdString(), *district().data().working_srs);
    const auto units = store.units(district().ctx());
    ASSERT_EQ(units.size(), 1u);
    EXPECT_EQ(units[0].attributes.name, "油房沟片区实施单元");
    EXPECT_EQ(units[0].attributes.phase, "实施");
    EXPECT_EQ(units[0].attributes.year, 2023);
    EXPECT_EQ(units[0].attributes.path, "综合改造");
    EXPECT_EQ(units[0].attributes.lead_department, "区住房城乡建委");
    double area = 0;
    GEOSArea_r(district().ctx(), units[0].geom.get(), &area);
    EXPECT_NEAR(area, expected.area_m2, 1e-3);
    EXPECT_TRUE(window->layer_list()->order_top_to_bottom().contains("units"));
    EXPECT_TRUE(window->sketch()->vertices().isEmpty());  // ready for the next unit

    // The second unit overlapping the first gets the core's overlap warning.
    draw_closed_unit();
    ASSERT_TRUE(window->unit_panel()->evaluation().has_value());
    EXPECT_FALSE(window->unit_panel()->evaluation()->warnings.empty());

    // The project opens on its own, over the embedded data, with its unit drawn.
    MainWindow reopened;
    ASSERT_TRUE(reopened.open_source(project));
    ASSERT_NE(reopened.session()->units_layer(), nullptr);
    EXPECT_EQ(reopened.session()->units_layer()->size(), 1u);
    EXPECT_EQ(reopened.session()->units_layer()->labels.at(0), "油房沟片区实施单元");
    EXPECT_EQ(reopened.session()->district().data().buildings.size(), district().data().buildings.size());
}

TEST_F(UnitDrawing, TheSaveDialogAsksForWhatTheCoreNeeds) {
    UnitSaveDialog dialog(QString("somewhere.gpkg"));
    dialog.set_values("", "谋划", 2024, "管理提升", 13);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);  // no name
    dialog.set_values("片区", "谋划", 2024, "管理提升", 13);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.attributes().lead_department, "街道办事处、乡镇人民政府");
    EXPECT_EQ(dialog.attributes().path, "管理提升");
}

// The funding split is a table of the four shares with their sum, counted in
// the unit's money and saved with it.
TEST_F(UnitDrawing, TheFundingSplitIsTypedInATableAndSavedWithTheUnit) {
    widgets::FundingTable& funding = *window->unit_panel()->funding_table();
    const double shares[] = {40, 30, 20, 5};
    for (int i = 0; i < 4; ++i) funding.share_box(i)->setValue(shares[i]);
    EXPECT_TRUE(funding.sum_is_off());
    EXPECT_EQ(funding.sum_text(), "95.0 %");
    EXPECT_FALSE(window->unit_panel()->money().funding);  // not counted while the sum is off
    draw_closed_unit();
    EXPECT_TRUE(window->findChild<QLabel*>("unit_warnings")->text().contains("100 %"));
    QTemporaryDir refused;
    const QString refused_project = refused.filePath("project.gpkg");
    EXPECT_TRUE(window->save_unit(UnitAttributes{}, refused_project).contains("100 %"));  // not saved without its split
    EXPECT_FALSE(QFileInfo::exists(refused_project));
    funding.share_box(3)->setValue(10);
    EXPECT_FALSE(funding.sum_is_off());
    EXPECT_EQ(funding.sum_text(), "100.0 %");
    settle();
    ASSERT_TRUE(window->unit_panel()->evaluation().has_value());
    ASSERT_TRUE(window->unit_panel()->evaluation()->subsidy.funding);
    EXPECT_DOUBLE_EQ(window->unit_panel()->evaluation()->subsidy.funding->central, 0.4);

    QTemporaryDir dir;
    const QString project = dir.filePath("project.gpkg");
    UnitSaveDialog dialog(project);
    dialog.set_values("资金分担单元", "实施", 2023, "综合改造", 1);
    dialog.accept();
    ASSERT_EQ(window->save_unit(dialog.attributes(), dialog.project_path()), QString());
    ProjectStore store(project.toStdString(), *district().data().working_srs);
    const auto units = store.units(district().ctx());
    ASSERT_EQ(units.size(), 1u);
    ::renozone::shell_test::expect_typed_funding_saved(units[0].attributes.money.funding);
}
