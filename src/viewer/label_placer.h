// Places labels so that none overlaps another: candidates are taken in order of
// style priority, then size on screen (a street's name before its communities',
// a community's before its buildings'), then layer; a label whose box meets one
// already placed, or leaves the view, is dropped.
#pragma once

#include "layer_renderer.h"
#include "symbol_painter.h"

#include <QRectF>

#include <vector>

class QPainter;

namespace renozone::viewer {

struct PlacedLabel {
    QString text;
    QRectF box;  // screen pixels, axis-aligned bounds
};

std::vector<PlacedLabel> place_labels(QPainter& painter, std::vector<LabelCandidate> candidates, const PaintScale& scale,
                                      QSizeF viewport);

}  // namespace renozone::viewer
