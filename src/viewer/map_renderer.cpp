#include "map_renderer.h"

#include <QImage>
#include <QPainter>

namespace renozone::viewer {
namespace {

RenderStats render_with(QPainter& painter, QImage* image, const RenderRequest& request, const RenderControl& control) {
    RenderStats stats;
    RenderContext context{request.view, request.dpi, image, control.cancelled, control.checkpoint};
    std::vector<LabelCandidate> labels;
    int rank = 0;
    for (const auto& layer : request.layers) {
        if ((control.cancelled && control.cancelled()) ||
            !render_layer(painter, *layer, context, request.labels ? &labels : nullptr, rank++)) {
            stats.completed = false;
            return stats;
        }
        if (control.checkpoint) control.checkpoint();
    }
    if (request.labels && !labels.empty()) {
        const PaintScale scale{request.dpi, request.view.units_per_pixel()};
        stats.labels_placed = place_labels(painter, std::move(labels), scale, QSizeF(request.view.size())).size();
    }
    return stats;
}

}  // namespace

RenderStats render_map(QImage& image, const RenderRequest& request, const RenderControl& control) {
    if (image.size() != request.view.size() || image.format() != QImage::Format_ARGB32_Premultiplied)
        image = QImage(request.view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(request.background);
    QPainter painter(&image);
    return render_with(painter, &image, request, control);
}

RenderStats render_map(QPainter& painter, const RenderRequest& request, const RenderControl& control) {
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(request.view.size())));
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(request.view.size())), request.background);
    RenderStats stats = render_with(painter, nullptr, request, control);
    painter.restore();
    return stats;
}

}  // namespace renozone::viewer
