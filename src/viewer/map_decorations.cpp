#include "map_decorations.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace renozone::viewer {

ScaleBarLength scale_bar_length(double units_per_pixel, double max_pixels) {
    const double max_metres = units_per_pixel * max_pixels;
    if (!(max_metres > 0)) return {};
    const double base = std::pow(10.0, std::floor(std::log10(max_metres)));
    double metres = base;
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * base <= max_metres) {
            metres = step * base;
            break;
        }
    }
    return {metres, metres / units_per_pixel};
}

QString distance_label(double metres) {
    if (metres >= 1000) return QString("%1 km").arg(metres / 1000.0, 0, 'g', 6);
    return QString("%1 m").arg(metres, 0, 'g', 6);
}

QString scale_label(double denominator) {
    const double rounded = denominator >= 100 ? std::round(denominator / 10.0) * 10.0 : std::round(denominator);
    return "1:" + QLocale(QLocale::English).toString(static_cast<qlonglong>(rounded));
}

void draw_scale_bar(QPainter& painter, QPointF origin, double units_per_pixel, double max_pixels, double px) {
    const ScaleBarLength bar = scale_bar_length(units_per_pixel, max_pixels);
    if (bar.pixels <= 0) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double h = 6 * px;
    QFont font("Noto Sans CJK SC");
    font.setPixelSize(std::max(1, static_cast<int>(11 * px)));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    // A white backing keeps the bar legible over any map.
    const QString end_label = distance_label(bar.metres);
    const QRectF backing(origin.x() - 6 * px, origin.y() - h - metrics.height() - 8 * px,
                         bar.pixels + metrics.horizontalAdvance(end_label) / 2 + 14 * px, h + metrics.height() + 12 * px);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(backing, 3 * px, 3 * px);
    const int segments = 4;
    const double seg = bar.pixels / segments;
    painter.setPen(QPen(QColor(40, 40, 40), std::max(1.0, px)));
    for (int i = 0; i < segments; ++i) {
        painter.setBrush(i % 2 == 0 ? QColor(40, 40, 40) : Qt::white);
        painter.drawRect(QRectF(origin.x() + i * seg, origin.y() - h, seg, h));
    }
    painter.setPen(QColor(20, 20, 20));
    const double text_y = origin.y() - h - 3 * px;
    painter.drawText(QPointF(origin.x() - metrics.horizontalAdvance("0") / 2, text_y), "0");
    painter.drawText(QPointF(origin.x() + bar.pixels / 2 - metrics.horizontalAdvance(distance_label(bar.metres / 2)) / 2, text_y),
                     distance_label(bar.metres / 2));
    painter.drawText(QPointF(origin.x() + bar.pixels - metrics.horizontalAdvance(end_label) / 2, text_y), end_label);
    painter.restore();
}

void draw_north_arrow(QPainter& painter, QPointF centre, double height) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double w = height * 0.32, top = centre.y() - height / 2, bottom = centre.y() + height * 0.3;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawEllipse(centre, height * 0.62, height * 0.62);
    QPainterPath left, right;
    left.moveTo(centre.x(), top);
    left.lineTo(centre.x() - w, bottom);
    left.lineTo(centre.x(), bottom - height * 0.18);
    left.closeSubpath();
    right.moveTo(centre.x(), top);
    right.lineTo(centre.x() + w, bottom);
    right.lineTo(centre.x(), bottom - height * 0.18);
    right.closeSubpath();
    painter.setPen(QPen(QColor(30, 30, 30), std::max(1.0, height / 40)));
    painter.setBrush(QColor(30, 30, 30));
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    QFont font("Noto Sans CJK SC");
    font.setPixelSize(std::max(1, static_cast<int>(height * 0.3)));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(30, 30, 30));
    const QRectF label(centre.x() - height / 2, bottom - height * 0.05, height, height * 0.35);
    painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, "N");
    painter.restore();
}

}  // namespace renozone::viewer
