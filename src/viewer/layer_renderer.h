// Draws one layer for a view: only the features the spatial index finds in
// the view, vertices closer than half a pixel dropped, features smaller than a
// few pixels drawn as their box, straight into the image's pixels.
#pragma once

#include "map_layer.h"
#include "map_view.h"

#include <functional>
#include <vector>

class QImage;
class QPainter;

namespace renozone::viewer {

struct RenderContext {
    MapView view;
    double dpi = 96;          // for sizes in mm and points
    QImage* image = nullptr;  // the painter's device when it is an untransformed image: enables the pixel shortcut
    std::function<bool()> cancelled;
    std::function<void()> checkpoint;  // called now and then while drawing (progressive refresh)
};

struct LabelCandidate {
    QString text;
    QPointF anchor;      // screen pixels
    double angle = 0;    // degrees, for labels along lines
    double room = 0;     // along lines: length available in pixels; 0 = unlimited
    double weight = 0;   // on-screen size (px²): bigger features are placed first
    int layer_rank = 0;  // higher layers are placed first
    const LabelStyle* style = nullptr;
};

// Returns false when cancelled. Appends label candidates when `labels` is given.
bool render_layer(QPainter& painter, const MapLayer& layer, const RenderContext& context,
                  std::vector<LabelCandidate>* labels, int layer_rank);

}  // namespace renozone::viewer
