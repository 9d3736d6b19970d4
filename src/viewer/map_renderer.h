// Renders a stack of layers, bottom to top, then their labels, for one view.
// Runs on any thread: layers are shared read-only.
#pragma once

#include "label_placer.h"
#include "layer_renderer.h"

#include <QColor>

#include <memory>
#include <vector>

namespace renozone::viewer {

struct RenderRequest {
    MapView view;
    double dpi = 96;
    std::vector<std::shared_ptr<const MapLayer>> layers;  // bottom to top, visible ones only
    bool labels = true;
    QColor background = Qt::white;
};

struct RenderControl {
    std::function<bool()> cancelled;
    std::function<void()> checkpoint;
};

struct RenderStats {
    bool completed = true;
    std::size_t labels_placed = 0;
};

// Into an image the size of the view (ARGB32_Premultiplied).
RenderStats render_map(QImage& image, const RenderRequest& request, const RenderControl& control = {});
// Into any painter (PDF, SVG): the view's pixels map to the painter's current coordinates.
RenderStats render_map(QPainter& painter, const RenderRequest& request, const RenderControl& control = {});

}  // namespace renozone::viewer
