// Symbol levels decide what is on top, also for features so small they are
// drawn as their box: a home of one pixel in a community stays over it.
#include "layer_renderer.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace renozone::viewer;

namespace {

void add_square(GeometryStore& store, double x, double y, double side) {
    const double ring[] = {x, y, x + side, y, x + side, y + side, x, y + side, x, y};
    store.add_part(ring, 5);
    store.finish_feature();
}

StyleClass opaque(const QString& value, QColor colour, int pass) {
    SymbolLayer s;
    s.kind = SymbolLayerKind::fill;
    s.fill = colour;
    s.pen = Qt::NoPen;
    s.pass = pass;
    return StyleClass{value, Symbol{{s}, 1.0}, true, value, {}, false};
}

// A 100 m community (pass 0, blue) with a 1 m home (pass 1, red) in its middle, 1 m a pixel.
std::shared_ptr<MapLayer> home_in_community(bool symbol_levels) {
    GeometryStore store(GeometryKind::polygon);
    add_square(store, 0, 0, 100);
    add_square(store, 50, 50, 1);
    LayerStyle style;
    style.renderer = RendererKind::categorised;
    style.attribute = QStringLiteral("kind");
    style.classes = {opaque("home", Qt::red, 1), opaque("community", Qt::blue, 0)};
    style.symbol_levels = symbol_levels;
    AttributeSource attributes{{QStringLiteral("kind")}, [](int f, const QString&) -> QVariant {
                                   return f == 0 ? QStringLiteral("community") : QStringLiteral("home");
                               }};
    return build_layer(QStringLiteral("test"), QStringLiteral("test"), std::move(store), std::move(style), std::move(attributes));
}

QRgb colour_at_the_home(const MapLayer& layer, bool straight_into_the_image) {
    QImage image(120, 120, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const MapView view(QPointF(50, 50), 1.0, image.size());
    QPainter painter(&image);
    RenderContext context{view, 96, straight_into_the_image ? &image : nullptr, {}, {}};
    EXPECT_TRUE(render_layer(painter, layer, context, nullptr, 0));
    painter.end();
    const QPointF home = view.to_screen(50.5, 50.5);
    return image.pixel(static_cast<int>(home.x()), static_cast<int>(home.y()));
}

}  // namespace

TEST(LayerRenderer, SymbolLevelsKeepATinyFeatureOnTopInTheImageAndThroughThePainter) {
    const auto layer = home_in_community(true);
    ASSERT_EQ(layer->classes[0], 1);  // the community: second class, first pass
    ASSERT_EQ(layer->classes[1], 0);
    EXPECT_EQ(QColor(colour_at_the_home(*layer, true)), QColor(Qt::red));
    EXPECT_EQ(QColor(colour_at_the_home(*layer, false)), QColor(Qt::red));
}
