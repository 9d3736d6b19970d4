#include "map_decorations.h"
#include "map_view.h"

#include <gtest/gtest.h>

using namespace renozone::viewer;

TEST(MapView, ScreenAndMapRoundTripWithNorthUp) {
    const MapView v({475000, 3245000}, 2.0, QSize(800, 600));
    const QPointF s = v.to_screen(475100, 3245050);
    EXPECT_DOUBLE_EQ(s.x(), 450);
    EXPECT_DOUBLE_EQ(s.y(), 275);  // north is up: a larger y is higher on screen
    const QPointF m = v.to_map(s);
    EXPECT_DOUBLE_EQ(m.x(), 475100);
    EXPECT_DOUBLE_EQ(m.y(), 3245050);
    EXPECT_EQ(v.transform().map(QPointF(475100, 3245050)), s);
}

TEST(MapView, ZoomKeepsTheAnchorStillAndFittingShowsTheExtent) {
    const MapView v({0, 0}, 1.0, QSize(1000, 500));
    const QPointF anchor(800, 100);
    const QPointF before = v.to_map(anchor);
    const MapView z = v.zoomed(2.0, anchor);
    EXPECT_DOUBLE_EQ(z.units_per_pixel(), 0.5);
    EXPECT_NEAR(z.to_map(anchor).x(), before.x(), 1e-9);
    EXPECT_NEAR(z.to_map(anchor).y(), before.y(), 1e-9);
    const MapRect extent{100, 200, 300, 1200};
    const MapView fit = MapView::fitting(extent, QSize(400, 400), 0);
    EXPECT_TRUE(fit.extent().grown(1e-9).contains(extent));
    EXPECT_DOUBLE_EQ(fit.units_per_pixel(), 2.5);
    EXPECT_NEAR(fit.scale_denominator(96), 2.5 * 96 / 0.0254, 1e-6);
}

TEST(MapDecorations, ScaleBarUsesRoundLengths) {
    EXPECT_DOUBLE_EQ(scale_bar_length(2.0, 300).metres, 500);  // 600 m fit: 500 is the round length
    EXPECT_DOUBLE_EQ(scale_bar_length(2.0, 300).pixels, 250);
    EXPECT_DOUBLE_EQ(scale_bar_length(10.0, 300).metres, 2000);
    EXPECT_EQ(distance_label(2000), "2 km");
    EXPECT_EQ(distance_label(250), "250 m");
    EXPECT_EQ(scale_label(17643.2), "1:17,640");
}
