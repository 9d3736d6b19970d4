#include "legend_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace renozone::viewer {

double paint_legend(QPainter& painter, const QRectF& area, const std::vector<std::shared_ptr<const MapLayer>>& layers,
                    double px) {
    painter.save();
    QFont heading("Noto Sans CJK SC");
    heading.setPixelSize(std::max(1, static_cast<int>(13 * px)));
    heading.setBold(true);
    QFont entry("Noto Sans CJK SC");
    entry.setPixelSize(std::max(1, static_cast<int>(11 * px)));
    const QFontMetricsF heading_metrics(heading), entry_metrics(entry);
    const PaintScale scale{96 * px, 1};
    const QSizeF swatch(22 * px, 13 * px);
    double y = area.top();
    painter.setPen(QColor(30, 30, 30));
    painter.setFont(heading);
    painter.drawText(QPointF(area.left(), y + heading_metrics.ascent()), QCoreApplication::translate("Legend", "图例"));
    y += heading_metrics.height() * 1.4;
    for (const auto& layer : layers) {
        const auto& classes = layer->style.classes;
        if (classes.empty()) continue;
        const bool single = classes.size() == 1;
        const double needed = entry_metrics.height() * (single ? 1.3 : classes.size() + 1.6);
        if (y + needed > area.bottom()) break;
        if (!single) {
            painter.setFont(heading);
            painter.drawText(QPointF(area.left(), y + heading_metrics.ascent()),
                             heading_metrics.elidedText(layer->title, Qt::ElideRight, area.width()));
            y += heading_metrics.height() * 1.1;
        }
        painter.setFont(entry);
        for (const auto& c : classes) {
            const double row = std::max(swatch.height(), entry_metrics.height()) * 1.15;
            const QRectF box(area.left(), y + (row - swatch.height()) / 2, swatch.width(), swatch.height());
            paint_swatch(painter, c.symbol, static_cast<int>(layer->geometry.kind()), box, scale);
            painter.setPen(QColor(30, 30, 30));
            painter.setFont(entry);
            const QString text = single ? layer->title : (c.label.isEmpty() ? c.value : c.label);
            const double text_x = box.right() + 6 * px;
            painter.drawText(QPointF(text_x, y + (row + entry_metrics.ascent() - entry_metrics.descent()) / 2),
                             entry_metrics.elidedText(text, Qt::ElideRight, area.right() - text_x));
            y += row;
        }
        y += entry_metrics.height() * 0.4;
    }
    painter.restore();
    return y - area.top();
}

}  // namespace renozone::viewer
