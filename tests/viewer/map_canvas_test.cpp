// Pan by drag, zoom by wheel and box, full extent, and the frame rendered off
// the UI thread catching up with the view.
#include "window_fixture.h"
#include "widget_driver.h"

#include <QLabel>
#include <QTest>

using namespace renozone::viewer;
using renozone::viewer::test::WindowTest;

using MapCanvasTest = WindowTest;

TEST_F(MapCanvasTest, DragPansByExactlyTheMouseMovement) {
    const MapView before = canvas()->view();
    const QPoint from = canvas()->rect().center();
    test::drag_mouse(canvas(), from, from + QPoint(120, -45));
    const MapView after = canvas()->view();
    EXPECT_NEAR(after.centre().x(), before.centre().x() - 120 * before.units_per_pixel(), 1e-6);
    EXPECT_NEAR(after.centre().y(), before.centre().y() - 45 * before.units_per_pixel(), 1e-6);
    EXPECT_DOUBLE_EQ(after.units_per_pixel(), before.units_per_pixel());
    ASSERT_TRUE(canvas()->wait_for_frame());
    EXPECT_EQ(canvas()->frame_view(), canvas()->view());
}

TEST_F(MapCanvasTest, WheelZoomsAboutTheCursorAndBoxZoomFitsTheBox) {
    const QPoint at = canvas()->rect().center() + QPoint(100, 50);
    const QPointF under = map_of(at);
    const double upp = canvas()->view().units_per_pixel();
    test::turn_wheel(canvas(), at, 2);
    EXPECT_NEAR(canvas()->view().units_per_pixel(), upp / (1.25 * 1.25), 1e-9);
    EXPECT_NEAR(map_of(at).x(), under.x(), 1e-6);
    EXPECT_NEAR(map_of(at).y(), under.y(), 1e-6);

    const QPoint a = canvas()->rect().center() - QPoint(100, 60), b = canvas()->rect().center() + QPoint(100, 60);
    const QPointF ma = map_of(a), mb = map_of(b);
    test::drag_mouse(canvas(), a, b, Qt::LeftButton, Qt::ShiftModifier);
    const MapRect shown = canvas()->view().extent();
    EXPECT_LE(shown.min_x, ma.x() + 1e-6);
    EXPECT_GE(shown.max_x, mb.x() - 1e-6);
    EXPECT_NEAR(shown.centre().x(), (ma.x() + mb.x()) / 2, 1e-6);
    EXPECT_LT(canvas()->view().units_per_pixel(), upp / 1.5);

    canvas()->zoom_to_full_extent();
    EXPECT_TRUE(canvas()->view().extent().contains(window->session()->full_extent()));
    ASSERT_TRUE(canvas()->wait_for_frame());
    EXPECT_GT(canvas()->last_frame_ms(), 0.0);
}

TEST_F(MapCanvasTest, TheZoomBoxToolAndTheScaleInTheStatusBar) {
    window->activate_tool(ToolKind::zoom_box);
    const double upp = canvas()->view().units_per_pixel();
    test::drag_mouse(canvas(), canvas()->rect().center(), canvas()->rect().center() + QPoint(200, 120));
    EXPECT_LT(canvas()->view().units_per_pixel(), upp / 2);
    const auto* scale = window->findChild<QLabel*>("map_scale");
    ASSERT_NE(scale, nullptr);
    EXPECT_TRUE(scale->text().contains("1:")) << scale->text().toStdString();
}
