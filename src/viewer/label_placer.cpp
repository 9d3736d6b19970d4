#include "label_placer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace renozone::viewer {
namespace {

// Placed boxes bucketed by 64-pixel cells so each test looks at neighbours only.
class Occupancy {
public:
    bool collides(const QRectF& r) const {
        for (int cx = cell(r.left()); cx <= cell(r.right()); ++cx)
            for (int cy = cell(r.top()); cy <= cell(r.bottom()); ++cy)
                for (int i : cells_.value(key(cx, cy)))
                    if (boxes_[i].intersects(r)) return true;
        return false;
    }
    void add(const QRectF& r) {
        const int i = static_cast<int>(boxes_.size());
        boxes_.push_back(r);
        for (int cx = cell(r.left()); cx <= cell(r.right()); ++cx)
            for (int cy = cell(r.top()); cy <= cell(r.bottom()); ++cy) cells_[key(cx, cy)].push_back(i);
    }

private:
    static int cell(double v) { return static_cast<int>(std::floor(v / 64.0)); }
    static qint64 key(int cx, int cy) { return (qint64(cx) << 32) ^ quint32(cy); }
    std::vector<QRectF> boxes_;
    QHash<qint64, std::vector<int>> cells_;
};

// Horizontal labels go through the glyph cache; the buffer (halo) is the text
// drawn around the anchor in rings, far cheaper than stroking glyph outlines.
void draw_horizontal(QPainter& painter, const QFont& font, const LabelCandidate& c, QPointF origin, const PaintScale& scale) {
    painter.setFont(font);
    if (c.style->buffer) {
        const double r = scale.pixels(c.style->buffer_size);
        painter.setPen(c.style->buffer_color);
        const int directions = r <= 1.5 ? 8 : 16;
        for (double radius : {r, r / 2}) {
            for (int i = 0; i < directions; ++i) {
                const double a = 2 * M_PI * i / directions;
                painter.drawText(origin + QPointF(radius * std::cos(a), radius * std::sin(a)), c.text);
            }
            if (r <= 2) break;
        }
    }
    painter.setPen(c.style->color);
    painter.drawText(origin, c.text);
}

QFont font_for(const LabelStyle& style, const PaintScale& scale) {
    QFont font(style.font_family);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(scale.pixels(style.font_size)))));
    font.setBold(style.bold);
    return font;
}

}  // namespace

std::vector<PlacedLabel> place_labels(QPainter& painter, std::vector<LabelCandidate> candidates, const PaintScale& scale,
                                      QSizeF viewport) {
    std::stable_sort(candidates.begin(), candidates.end(), [](const LabelCandidate& a, const LabelCandidate& b) {
        if (a.style->priority != b.style->priority) return a.style->priority > b.style->priority;
        if (a.weight != b.weight) return a.weight > b.weight;
        return a.layer_rank > b.layer_rank;
    });
    QHash<const LabelStyle*, QFont> fonts;
    Occupancy occupied;
    std::vector<PlacedLabel> placed;
    const QRectF view(QPointF(0, 0), viewport);
    // Vector output (PDF) keeps outlined text: a halo of text copies would be 25 text objects per label there.
    const bool raster = painter.device() && painter.device()->devType() == QInternal::Image;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const auto& c : candidates) {
        if (!fonts.contains(c.style)) fonts.insert(c.style, font_for(*c.style, scale));
        const QFont& font = fonts[c.style];
        const QFontMetricsF metrics(font);
        const double w = metrics.horizontalAdvance(c.text), h = metrics.height();
        if (c.room > 0 && w > c.room) continue;
        const double pad = c.style->buffer ? scale.pixels(c.style->buffer_size) : 1.0;
        QTransform rotation;
        rotation.translate(c.anchor.x(), c.anchor.y());
        rotation.rotate(c.angle);
        const QRectF local(-w / 2 - pad, -h / 2 - pad, w + 2 * pad, h + 2 * pad);
        const QRectF box = rotation.mapRect(local);
        if (!view.contains(box) || occupied.collides(box)) continue;
        occupied.add(box);
        placed.push_back({c.text, box});

        if (c.angle == 0 && raster) {
            draw_horizontal(painter, font, c, QPointF(c.anchor.x() - w / 2, c.anchor.y() - h / 2 + metrics.ascent()), scale);
            continue;
        }
        // Rotated text has no glyph cache to use: a path with a stroked buffer.
        QPainterPath path;
        path.addText(-w / 2, -h / 2 + metrics.ascent(), font, c.text);
        painter.save();
        painter.setTransform(rotation, true);
        if (c.style->buffer)
            painter.strokePath(path, QPen(c.style->buffer_color, 2 * scale.pixels(c.style->buffer_size), Qt::SolidLine,
                                          Qt::RoundCap, Qt::RoundJoin));
        painter.fillPath(path, c.style->color);
        painter.restore();
    }
    painter.restore();
    return placed;
}

}  // namespace renozone::viewer
