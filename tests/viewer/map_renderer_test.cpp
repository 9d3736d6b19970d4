// Renders the default map as `--render` does and checks the pixels against
// the data: the river's fill where only the river is, the streets' dashed
// boundary along their outlines, the roads' fill along their centre lines.
#include "embedded_session.h"
#include "headless_render.h"
#include "map_renderer.h"

#include "core/base/geos_handles.h"

#include <QImage>
#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace renozone;
using namespace renozone::viewer;

namespace {

const QSize frame_size(1600, 1000);

const MapLayer& layer(const std::string& id) {
    for (const auto& l : test::embedded_session().layers())
        if (l->id.toStdString() == id) return *l;
    throw std::runtime_error("no layer " + id);
}

bool close_to(QRgb pixel, const QColor& expected, int tolerance) {
    return std::abs(qRed(pixel) - expected.red()) <= tolerance && std::abs(qGreen(pixel) - expected.green()) <= tolerance &&
           std::abs(qBlue(pixel) - expected.blue()) <= tolerance;
}

struct Frame {
    QImage image;
    MapView view;
    QRgb at(double x, double y) const {
        const QPointF s = view.to_screen(x, y);
        return image.pixel(std::clamp(int(s.x()), 0, image.width() - 1), std::clamp(int(s.y()), 0, image.height() - 1));
    }
    bool inside(double x, double y) const {
        const QPointF s = view.to_screen(x, y);
        return s.x() >= 2 && s.y() >= 2 && s.x() < image.width() - 2 && s.y() < image.height() - 2;
    }
};

const Frame& default_frame() {
    static const Frame frame{render_default_map(test::embedded_session(), frame_size).convertToFormat(QImage::Format_RGB32),
                             MapView::fitting(test::embedded_session().full_extent(), frame_size)};
    return frame;
}

GeomPtr collect(GEOSContextHandle_t c, const std::vector<const GEOSGeometry*>& parts) {
    std::vector<GEOSGeometry*> clones;
    for (const auto* g : parts) clones.push_back(GEOSGeom_clone_r(c, g));
    GeomPtr all = own(c, GEOSGeom_createCollection_r(c, GEOS_GEOMETRYCOLLECTION, clones.data(), clones.size()));
    return own(c, GEOSUnaryUnion_r(c, all.get()));
}

// Walks each line of `geom` in steps of `step` map units.
template <typename Visit>
void walk(GEOSContextHandle_t c, const GEOSGeometry* line, double step, Visit&& visit) {
    double length = 0;
    GEOSLength_r(c, line, &length);
    for (double d = 0; d <= length; d += step) {
        GeomPtr p = own(c, GEOSInterpolate_r(c, line, d));
        double x = 0, y = 0;
        GEOSGeomGetX_r(c, p.get(), &x);
        GEOSGeomGetY_r(c, p.get(), &y);
        visit(x, y);
    }
}

}  // namespace

TEST(MapRenderer, DefaultMapIsDrawnNotBlank) {
    const QImage& image = default_frame().image;
    ASSERT_EQ(image.size(), frame_size);
    QSet<QRgb> colours;
    long long painted = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            if (p != qRgb(255, 255, 255)) ++painted;
        }
    EXPECT_GT(colours.size(), 200);
    EXPECT_GT(double(painted) / (image.width() * image.height() / 4), 0.35);
}

TEST(MapRenderer, RiverFillWhereOnlyTheRiverIs) {
    const District& district = test::embedded_session().district();
    const GEOSContextHandle_t c = district.ctx();
    const auto& d = district.data();
    ASSERT_FALSE(d.river.empty());
    std::vector<const GEOSGeometry*> cover;
    std::vector<GeomPtr> buffers;
    for (const auto& x : d.communities) if (x.geom) cover.push_back(x.geom.get());
    for (const auto& x : d.buildings) if (x.geom) cover.push_back(x.geom.get());
    for (const auto& x : d.heritage) if (x.geom) cover.push_back(x.geom.get());
    const double upp = default_frame().view.units_per_pixel();
    for (const auto& x : d.roads) buffers.push_back(own(c, GEOSBuffer_r(c, x.geom.get(), 8 * upp, 4)));
    for (const auto& x : d.facilities) buffers.push_back(own(c, GEOSBuffer_r(c, x.geom.get(), 10 * upp, 4)));
    for (const auto& x : d.streets) if (x.geom) buffers.push_back(own(c, GEOSBoundary_r(c, x.geom.get())));
    for (auto& b : buffers) {
        b = own(c, GEOSBuffer_r(c, b.get(), 6 * upp, 4));
        cover.push_back(b.get());
    }
    const GeomPtr covered = collect(c, cover);
    const GeomPtr river_only = own(c, GEOSDifference_r(c, d.river.front().geom.get(), covered.get()));
    const GeomPtr inner = own(c, GEOSBuffer_r(c, river_only.get(), -4 * upp, 4));  // away from the river's outline
    const PreparedPtr prepared = prepare(c, inner.get());

    const QColor river = layer("river").style.classes.at(0).symbol.layers.at(0).fill;
    EXPECT_EQ(river, QColor(166, 206, 227));  // the blue of styles/river.qml
    const Frame& frame = default_frame();
    int total = 0, matching = 0;
    for (int y = 0; y < frame_size.height(); y += 3)
        for (int x = 0; x < frame_size.width(); x += 3) {
            const QPointF m = frame.view.to_map(QPointF(x + 0.5, y + 0.5));
            GeomPtr p = own(c, GEOSGeom_createPointFromXY_r(c, m.x(), m.y()));
            if (GEOSPreparedContains_r(c, prepared.get(), p.get()) != 1) continue;
            ++total;
            if (close_to(frame.image.pixel(x, y), river, 2)) ++matching;
        }
    ASSERT_GT(total, 1000);
    EXPECT_GT(double(matching) / total, 0.95) << matching << " of " << total;  // labels cover the rest
}

TEST(MapRenderer, StreetBoundariesAreDashedInTheirColour) {
    const District& district = test::embedded_session().district();
    const GEOSContextHandle_t c = district.ctx();
    const QColor outline = layer("streets").style.classes.at(0).symbol.layers.at(0).stroke;
    EXPECT_EQ(outline, QColor(59, 75, 92));
    const Frame& frame = default_frame();
    int total = 0, matching = 0;
    for (const auto& street : district.data().streets) {
        ASSERT_TRUE(street.geom);
        const GeomPtr boundary = own(c, GEOSBoundary_r(c, street.geom.get()));
        const int lines = GEOSGetNumGeometries_r(c, boundary.get());
        for (int i = 0; i < std::max(1, lines); ++i) {
            const GEOSGeometry* line = lines > 0 ? GEOSGetGeometryN_r(c, boundary.get(), i) : boundary.get();
            walk(c, line, frame.view.units_per_pixel(), [&](double x, double y) {
                if (!frame.inside(x, y)) return;
                ++total;
                const QPointF s = frame.view.to_screen(x, y);
                bool hit = false;  // the 3-pixel line may sit half a pixel off the sampled point
                for (int dy = -1; dy <= 1 && !hit; ++dy)
                    for (int dx = -1; dx <= 1 && !hit; ++dx)
                        hit = close_to(frame.image.pixel(int(s.x()) + dx, int(s.y()) + dy), outline, 12);
                if (hit) ++matching;
            });
        }
    }
    ASSERT_GT(total, 2000);
    const double share = double(matching) / total;
    EXPECT_GT(share, 0.45) << matching << " of " << total;  // dashes: about two thirds drawn
    EXPECT_LT(share, 0.95);                                 // and gaps between them
}

TEST(MapRenderer, MajorRoadsShowTheirFillAlongTheirCentreLines) {
    const District& district = test::embedded_session().district();
    const GEOSContextHandle_t c = district.ctx();
    const LayerStyle& roads = layer("roads").style;
    const Frame& frame = default_frame();
    int total = 0, matching = 0;
    for (const auto& road : district.data().roads) {
        if (road.type != "primary" && road.type != "secondary") continue;
        const StyleClass* cls = nullptr;
        for (const auto& k : roads.classes) if (k.value.toStdString() == road.type) cls = &k;
        ASSERT_NE(cls, nullptr);
        const QColor fill = cls->symbol.layers.back().stroke;  // the top pass: the road's fill line
        walk(c, road.geom.get(), 2 * frame.view.units_per_pixel(), [&](double x, double y) {
            if (!frame.inside(x, y)) return;
            ++total;
            if (close_to(frame.at(x, y), fill, 6)) ++matching;
        });
    }
    ASSERT_GT(total, 500);
    EXPECT_GT(double(matching) / total, 0.8) << matching << " of " << total;  // markers and labels sit on some
}

TEST(MapRenderer, HiddenLayersAreNotDrawnAndCancellingStops) {
    RenderRequest request;
    request.view = default_frame().view;
    for (const auto& l : test::embedded_session().layers())
        if (l->id != "river") request.layers.push_back(l);
    QImage image;
    render_map(image, request);
    image = image.convertToFormat(QImage::Format_RGB32);
    const QColor river(166, 206, 227);
    int river_pixels = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) river_pixels += close_to(image.pixel(x, y), river, 2);
    EXPECT_LT(river_pixels, 20);

    RenderControl stop;
    stop.cancelled = [] { return true; };
    EXPECT_FALSE(render_map(image, request, stop).completed);
}
