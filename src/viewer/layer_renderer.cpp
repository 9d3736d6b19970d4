#include "layer_renderer.h"

#include "symbol_painter.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <set>

namespace renozone::viewer {
namespace {

constexpr int features_between_checks = 2048;
constexpr double box_below_px = 2.5;  // features smaller than this on screen are drawn as their box
constexpr double no_antialiasing_below_px = 6;

// Map offsets (from the layer origin) to screen pixels: sx = fx * k + ax, sy = ay − fy * k.
struct ToScreen {
    double k, ax, ay;
    ToScreen(const MapView& view, QPointF origin) {
        k = 1.0 / view.units_per_pixel();
        ax = (origin.x() - view.centre().x()) * k + view.size().width() / 2.0;
        ay = view.size().height() / 2.0 - (origin.y() - view.centre().y()) * k;
    }
    double x(float fx) const { return fx * k + ax; }
    double y(float fy) const { return ay - fy * k; }
};

// Blends one premultiplied colour into an ARGB32_Premultiplied pixel.
class PixelWriter {
public:
    explicit PixelWriter(QImage* image) : image_(image) {
        if (!image_ || image_->format() != QImage::Format_ARGB32_Premultiplied) image_ = nullptr;
        if (image_) {
            bits_ = image_->bits();
            stride_ = image_->bytesPerLine();
            w_ = image_->width(), h_ = image_->height();
        }
    }
    bool usable() const { return image_ != nullptr; }
    void blend(double x, double y, QRgb premultiplied) {
        const int px = static_cast<int>(x), py = static_cast<int>(y);
        if (px < 0 || py < 0 || px >= w_ || py >= h_) return;
        blend_at(reinterpret_cast<QRgb*>(bits_ + py * stride_) + px, premultiplied);
    }
    // The pixels a small screen rectangle covers (at least its centre pixel).
    void blend_rect(const QRectF& r, QRgb premultiplied) {
        auto span = [](double from, double to, int limit) {
            int a = static_cast<int>(std::lround(from)), b = static_cast<int>(std::lround(to));
            if (b <= a) a = static_cast<int>(std::floor((from + to) / 2)), b = a + 1;
            return std::pair<int, int>(std::max(0, a), std::min(limit, b));
        };
        const auto [x0, x1] = span(r.left(), r.right(), w_);
        const auto [y0, y1] = span(r.top(), r.bottom(), h_);
        for (int y = y0; y < y1; ++y) {
            auto* row = reinterpret_cast<QRgb*>(bits_ + y * stride_);
            for (int x = x0; x < x1; ++x) blend_at(row + x, premultiplied);
        }
    }

private:
    static void blend_at(QRgb* p, QRgb premultiplied) {
        const unsigned a = qAlpha(premultiplied), inv = 255 - a;
        auto mix = [&](unsigned s, unsigned d) { return std::min(255u, s + (d * inv + 127) / 255); };
        *p = qRgba(mix(qRed(premultiplied), qRed(*p)), mix(qGreen(premultiplied), qGreen(*p)),
                   mix(qBlue(premultiplied), qBlue(*p)), mix(a, qAlpha(*p)));
    }


    QImage* image_;
    uchar* bits_ = nullptr;
    qsizetype stride_ = 0;
    int w_ = 0, h_ = 0;
};

struct LayerPaint {
    QPen pen;
    QBrush brush;
    QPainterPath marker;
    SymbolLayerKind kind;
    int pass;
};

class FeatureDrawer {
public:
    FeatureDrawer(QPainter& painter, const GeometryStore& g, const ToScreen& t) : painter_(painter), g_(g), t_(t) {}

    void draw(int f, const LayerPaint& paint) {
        painter_.setPen(paint.pen);
        painter_.setBrush(paint.brush);
        switch (g_.kind()) {
            case GeometryKind::polygon:
                if (paint.kind == SymbolLayerKind::marker) return draw_markers(f, paint);
                return draw_polygon(f);
            case GeometryKind::line:
                if (paint.kind == SymbolLayerKind::marker) return draw_markers(f, paint);
                return draw_lines(f);
            case GeometryKind::point: return draw_markers(f, paint);
        }
    }

private:
    // Screen vertices of one part, dropping those within half a pixel of the last kept.
    void part_points(std::uint32_t part, QPolygonF& out) const {
        out.clear();
        const float* xy = g_.points();
        const auto first = g_.first_point(part), end = g_.end_point(part);
        double lx = 1e300, ly = 1e300;
        for (auto i = first; i < end; ++i) {
            const double sx = t_.x(xy[2 * i]), sy = t_.y(xy[2 * i + 1]);
            if (std::abs(sx - lx) + std::abs(sy - ly) >= 0.5 || i + 1 == end) {
                out << QPointF(sx, sy);
                lx = sx, ly = sy;
            }
        }
    }

    void draw_polygon(int f) {
        const auto first = g_.first_part(f), end = g_.end_part(f);
        if (end - first == 1) {
            part_points(first, ring_);
            painter_.drawPolygon(ring_, Qt::OddEvenFill);
            return;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (auto part = first; part < end; ++part) {
            part_points(part, ring_);
            path.addPolygon(ring_);
            path.closeSubpath();
        }
        painter_.drawPath(path);
    }

    void draw_lines(int f) {
        for (auto part = g_.first_part(f); part < g_.end_part(f); ++part) {
            part_points(part, ring_);
            painter_.drawPolyline(ring_);
        }
    }

    void draw_markers(int f, const LayerPaint& paint) {
        const float* xy = g_.points();
        for (auto part = g_.first_part(f); part < g_.end_part(f); ++part) {
            const auto i = g_.first_point(part);
            if (i == g_.end_point(part)) continue;
            painter_.drawPath(paint.marker.translated(t_.x(xy[2 * i]), t_.y(xy[2 * i + 1])));
        }
    }

    QPainter& painter_;
    const GeometryStore& g_;
    const ToScreen& t_;
    QPolygonF ring_;
};

bool label_scale_visible(const LabelStyle& label, double denominator) {
    if (label.max_scale > 0 && denominator > label.max_scale) return false;
    if (label.min_scale > 0 && denominator < label.min_scale) return false;
    return true;
}

void collect_labels(const MapLayer& layer, const std::vector<int>& visible, const RenderContext& context,
                    const ToScreen& t, int rank, std::vector<LabelCandidate>& out) {
    const auto& g = layer.geometry;
    const QRectF viewport(QPointF(0, 0), QSizeF(context.view.size()));
    const double k = 1.0 / context.view.units_per_pixel();
    for (int f : visible) {
        if (layer.classes[f] < 0 || layer.labels[f].isEmpty()) continue;
        LabelCandidate c;
        c.text = layer.labels[f];
        c.style = &layer.style.label;
        c.layer_rank = rank;
        if (g.kind() == GeometryKind::line && layer.style.label.placement == LabelPlacement::along_line) {
            // Along the longest on-screen segment of the line.
            double best = 0;
            for (auto part = g.first_part(f); part < g.end_part(f); ++part) {
                for (auto i = g.first_point(part) + 1; i < g.end_point(part); ++i) {
                    const QPointF a(t.x(g.points()[2 * i - 2]), t.y(g.points()[2 * i - 1]));
                    const QPointF b(t.x(g.points()[2 * i]), t.y(g.points()[2 * i + 1]));
                    const QPointF mid = (a + b) / 2;
                    const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
                    if (len <= best || !viewport.contains(mid)) continue;
                    best = len;
                    double angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180.0 / M_PI;
                    if (angle > 90) angle -= 180;
                    if (angle <= -90) angle += 180;
                    c.anchor = mid, c.angle = angle, c.room = len;
                }
            }
            if (best == 0) continue;
            c.weight = best * 12;  // comparable with an area: the segment times a label's height
        } else {
            const QPointF a = layer.label_anchors[f];
            c.anchor = QPointF((a.x() - context.view.centre().x()) * k + context.view.size().width() / 2.0,
                               context.view.size().height() / 2.0 - (a.y() - context.view.centre().y()) * k);
            if (!viewport.contains(c.anchor)) continue;
            const MapRect& box = g.box(f);
            c.weight = box.width() * box.height() * k * k;
        }
        out.push_back(std::move(c));
    }
}

}  // namespace

bool render_layer(QPainter& painter, const MapLayer& layer, const RenderContext& context,
                  std::vector<LabelCandidate>* labels, int layer_rank) {
    const auto& g = layer.geometry;
    const auto& style = layer.style;
    if (style.classes.empty() || g.size() == 0) return true;
    const double upp = context.view.units_per_pixel();
    const PaintScale scale{context.dpi, upp};
    const ToScreen t(context.view, g.origin());

    std::vector<int> visible;
    layer.index.query(context.view.extent().grown(40 * upp), visible);

    std::vector<std::vector<LayerPaint>> paints(style.classes.size());
    std::vector<QRgb> pixel_colour(style.classes.size());
    std::set<int> passes;
    for (std::size_t c = 0; c < style.classes.size(); ++c) {
        const Symbol& symbol = style.classes[c].symbol;
        for (const auto& l : symbol.layers) {
            LayerPaint p{pen_for(l, scale, symbol.opacity), brush_for(l, symbol.opacity), {}, l.kind, l.pass};
            if (l.kind == SymbolLayerKind::marker) p.marker = marker_path(l.shape, scale.pixels(l.marker_size));
            paints[c].push_back(std::move(p));
            passes.insert(style.symbol_levels ? l.pass : 0);
        }
        pixel_colour[c] = qPremultiply(dominant_color(symbol).rgba());
    }

    // Features smaller than a few pixels are drawn as their box in one colour
    // (QGIS's envelope simplification), straight into the image when there is
    // one; only the rest go through QPainter. With symbol levels a class's
    // boxes wait for its first pass, so what a style puts on top stays on top.
    PixelWriter pixels(context.image);
    std::vector<int> drawn;
    drawn.reserve(visible.size());
    std::vector<std::vector<int>> small(style.classes.size());  // features to draw as their box, by class
    const bool boxes_wait = style.symbol_levels;
    auto screen_box = [&](int f) {
        const MapRect& box = g.box(f);
        return QRectF(t.x(static_cast<float>(box.min_x - g.origin().x())), t.y(static_cast<float>(box.max_y - g.origin().y())),
                      box.width() / upp, box.height() / upp);
    };
    std::size_t counter = 0;
    for (int f : visible) {
        const int cls = layer.classes[f];
        const MapRect& box = g.box(f);
        // A feature without geometry has an inverted, infinite box: as a "small"
        // box it would reach a PDF as infinite numbers and break the page.
        if (cls < 0 || !box.holds_a_point()) continue;
        if (g.kind() != GeometryKind::point && box.width() < box_below_px * upp && box.height() < box_below_px * upp) {
            if (pixels.usable() && !boxes_wait) pixels.blend_rect(screen_box(f), pixel_colour[cls]);
            else small[cls].push_back(f);
        } else {
            drawn.push_back(f);
        }
        if (++counter % (features_between_checks * 16) == 0 && context.cancelled && context.cancelled()) return false;
    }
    auto draw_boxes = [&](std::size_t c) {
        if (small[c].empty()) return;
        if (pixels.usable()) {
            for (int f : small[c]) pixels.blend_rect(screen_box(f), pixel_colour[c]);
            return;
        }
        std::vector<QRectF> rects;
        rects.reserve(small[c].size());
        for (int f : small[c]) rects.push_back(screen_box(f));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromRgba(qUnpremultiply(pixel_colour[c])));
        painter.drawRects(rects.data(), static_cast<int>(rects.size()));
    };
    auto first_pass = [&](std::size_t c) {
        const auto& layers = style.classes[c].symbol.layers;
        int pass = layers.empty() ? 0 : layers.front().pass;
        for (const auto& l : layers) pass = std::min(pass, l.pass);
        return pass;
    };
    if (!boxes_wait)
        for (std::size_t c = 0; c < small.size(); ++c) draw_boxes(c);

    // Antialiasing only where it shows: small features are drawn first, without it.
    std::stable_partition(drawn.begin(), drawn.end(), [&](int f) {
        return g.box(f).width() < no_antialiasing_below_px * upp && g.box(f).height() < no_antialiasing_below_px * upp;
    });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    bool antialiased = false;
    FeatureDrawer drawer(painter, g, t);
    for (int pass : passes) {
        if (boxes_wait)
            for (std::size_t c = 0; c < small.size(); ++c)
                if (first_pass(c) == pass) draw_boxes(c);
        for (int f : drawn) {
            if (!antialiased && (g.box(f).width() >= no_antialiasing_below_px * upp || g.box(f).height() >= no_antialiasing_below_px * upp ||
                                 g.kind() == GeometryKind::point)) {
                painter.setRenderHint(QPainter::Antialiasing, true);
                antialiased = true;
            }
            for (const auto& paint : paints[layer.classes[f]])
                if (!style.symbol_levels || paint.pass == pass) drawer.draw(f, paint);
            if (++counter % features_between_checks == 0) {
                if (context.cancelled && context.cancelled()) {
                    painter.restore();
                    return false;
                }
                if (context.checkpoint) context.checkpoint();
            }
        }
        painter.setRenderHint(QPainter::Antialiasing, false);
        antialiased = false;
    }
    painter.restore();

    if (labels && style.label.enabled && label_scale_visible(style.label, context.view.scale_denominator(context.dpi)))
        collect_labels(layer, visible, context, t, layer_rank, *labels);
    return true;
}

}  // namespace renozone::viewer
