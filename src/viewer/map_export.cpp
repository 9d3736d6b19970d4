#include "map_export.h"

#include "legend_painter.h"
#include "map_decorations.h"
#include "map_renderer.h"
#include "pdf_text_names.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace renozone::viewer {
namespace {

const QString page_font_family = QStringLiteral("Noto Sans CJK SC");

struct PageLayout {
    QRectF title, map, legend, footer;
};

PageLayout layout_page(QSizeF page, double mm, bool legend, double title_height, double footer_height) {
    const double margin = 10 * mm;
    PageLayout l;
    l.title = QRectF(margin, margin, page.width() - 2 * margin, title_height);
    const double legend_width = legend ? 62 * mm : 0;
    const double top = l.title.bottom() + 4 * mm;
    const double bottom = page.height() - margin - footer_height - 2 * mm;
    l.map = QRectF(margin, top, page.width() - 2 * margin - (legend ? legend_width + 5 * mm : 0), bottom - top);
    l.legend = QRectF(l.map.right() + 5 * mm, top, legend_width, bottom - top);
    l.footer = QRectF(margin, bottom + 2 * mm, page.width() - 2 * margin, footer_height);
    return l;
}

void paint_page(QPainter& painter, QSizeF page, const ExportRequest& r, bool raster) {
    const double mm = r.dpi / 25.4, px = r.dpi / 96.0;
    QFont title_font(page_font_family);
    title_font.setPixelSize(static_cast<int>(18 * px));
    title_font.setBold(true);
    QFont footer_font(page_font_family);
    footer_font.setPixelSize(std::max(1, static_cast<int>(8 * px)));
    const PageLayout l = layout_page(page, mm, r.legend, QFontMetricsF(title_font).height() * 1.2,
                                     QFontMetricsF(footer_font).height() * 2.4);
    painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    painter.setFont(title_font);
    painter.setPen(QColor(20, 20, 20));
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, r.title);

    RenderRequest request;
    request.view = MapView::fitting(r.extent, l.map.size().toSize(), 0.0);
    request.dpi = r.dpi;
    request.layers = r.layers;
    painter.save();
    painter.translate(l.map.topLeft());
    if (raster) {
        QImage map;
        render_map(map, request);
        painter.drawImage(QPointF(0, 0), map);
    } else {
        render_map(painter, request);
    }
    draw_scale_bar(painter, QPointF(8 * mm, l.map.height() - 6 * mm), request.view.units_per_pixel(), l.map.width() / 4, px);
    draw_north_arrow(painter, QPointF(l.map.width() - 12 * mm, 14 * mm), 14 * mm);
    painter.restore();
    painter.setPen(QPen(QColor(60, 60, 60), 0.3 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(l.map);

    if (r.legend) {
        std::vector<std::shared_ptr<const MapLayer>> top_first(r.layers.rbegin(), r.layers.rend());
        paint_legend(painter, l.legend, top_first, px);
    }
    painter.setFont(footer_font);
    painter.setPen(QColor(70, 70, 70));
    const QString scale = scale_label(request.view.scale_denominator(r.dpi));
    painter.drawText(l.footer, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     QString("%1    %2").arg(scale, r.footer));
}

QString cannot_write(const QString& path) { return QCoreApplication::translate("MapExport", "无法写入 %1").arg(path); }

}  // namespace

QString export_map(const ExportRequest& r) {
    if (r.extent.empty()) return QCoreApplication::translate("MapExport", "地图为空，没有可导出的内容");
    if (r.dpi < 30 || r.dpi > 1200) return QCoreApplication::translate("MapExport", "DPI 须在 30 到 1200 之间");
    const QString suffix = QFileInfo(r.path).suffix().toLower();
    const QSizeF page(r.paper_mm.width() * r.dpi / 25.4, r.paper_mm.height() * r.dpi / 25.4);
    const bool raster = suffix == "png" || suffix == "jpg" || suffix == "jpeg" || suffix == "tif" || suffix == "tiff";
    if (!raster && suffix != "pdf")
        return QCoreApplication::translate("MapExport", "%1：可导出为 .png、.jpg、.tif 或 .pdf").arg(r.path);
    // The page is made in memory and then replaces the file whole: a failure leaves no half-written file.
    QSaveFile file(r.path);
    if (!file.open(QIODevice::WriteOnly)) return cannot_write(r.path);
    if (raster) {
        QImage image(page.toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(static_cast<int>(r.dpi / 0.0254));
        image.setDotsPerMeterY(static_cast<int>(r.dpi / 0.0254));
        {
            QPainter painter(&image);
            paint_page(painter, page, r, true);
        }
        if (!image.save(&file, suffix.toLatin1().constData())) return cannot_write(r.path);
    } else {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(static_cast<int>(r.dpi));
            writer.setPageSize(QPageSize(r.paper_mm, QPageSize::Millimeter));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setTitle(r.title);
            writer.setCreator("renozone-viewer");
            QPainter painter;
            if (!painter.begin(&writer)) return cannot_write(r.path);
            paint_page(painter, page, r, false);
        }
        QByteArray pdf = buffer.data();
        correct_cjk_text_names(pdf, page_font_family);
        if (file.write(pdf) != pdf.size()) return cannot_write(r.path);
    }
    return file.commit() ? QString() : cannot_write(r.path);
}

}  // namespace renozone::viewer
