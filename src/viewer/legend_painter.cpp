#include "legend_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace renozone::viewer {
namespace {

QFont legend_font(double pixels, bool bold) {
    QFont font("Noto Sans CJK SC");
    font.setPixelSize(std::max(1, static_cast<int>(pixels)));
    font.setBold(bold);
    return font;
}

// Lays the legend out from the top of `area` at the scale `px`; paints it only
// when `painter` is given. Returns the height it takes.
double lay_out_legend(QPainter* painter, const QRectF& area, const std::vector<std::shared_ptr<const MapLayer>>& layers,
                      double px) {
    const QFont heading = legend_font(13 * px, true), entry = legend_font(11 * px, false);
    const QFontMetricsF heading_metrics(heading), entry_metrics(entry);
    const PaintScale scale{96 * px, 1};
    const QSizeF swatch(22 * px, 13 * px);
    const double row = std::max(swatch.height(), entry_metrics.height()) * 1.15;
    auto write = [&](const QFont& font, double x, double baseline, const QString& text) {
        if (!painter) return;
        painter->setPen(QColor(30, 30, 30));
        painter->setFont(font);
        painter->drawText(QPointF(x, baseline), QFontMetricsF(font).elidedText(text, Qt::ElideRight, area.right() - x));
    };
    double y = area.top();
    write(heading, area.left(), y + heading_metrics.ascent(), QCoreApplication::translate("Legend", "图例"));
    y += heading_metrics.height() * 1.4;
    for (const auto& layer : layers) {
        const auto& classes = layer->style.classes;
        if (classes.empty()) continue;
        const bool single = classes.size() == 1;
        if (!single) {
            write(heading, area.left(), y + heading_metrics.ascent(), layer->title);
            y += heading_metrics.height() * 1.1;
        }
        for (const auto& c : classes) {
            const QRectF box(area.left(), y + (row - swatch.height()) / 2, swatch.width(), swatch.height());
            if (painter) paint_swatch(*painter, c.symbol, static_cast<int>(layer->geometry.kind()), box, scale);
            write(entry, box.right() + 6 * px, y + (row + entry_metrics.ascent() - entry_metrics.descent()) / 2,
                  single ? layer->title : (c.label.isEmpty() ? c.value : c.label));
            y += row;
        }
        y += entry_metrics.height() * 0.4;
    }
    return y - area.top();
}

}  // namespace

double paint_legend(QPainter& painter, const QRectF& area, const std::vector<std::shared_ptr<const MapLayer>>& layers,
                    double px) {
    // Every class of every layer is listed: a legend taller than its room is drawn smaller.
    double fitting = px;
    for (int tries = 0; tries < 40 && lay_out_legend(nullptr, area, layers, fitting) > area.height(); ++tries)
        fitting *= 0.95;
    painter.save();
    painter.setClipRect(area, Qt::IntersectClip);  // the last resort for a legend that still does not fit
    const double height = lay_out_legend(&painter, area, layers, fitting);
    painter.restore();
    return height;
}

}  // namespace renozone::viewer
