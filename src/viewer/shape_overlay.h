// Shapes in map units drawn over the map with screen-pixel pens: the selected
// feature, a site's service radius, the households it serves, facility gaps.
#pragma once

#include "map_tool.h"

#include <QBrush>
#include <QPainterPath>
#include <QPen>

#include <vector>

namespace renozone::viewer {

struct OverlayShape {
    QPainterPath path;  // map units
    QPen pen;           // width in screen pixels
    QBrush brush;
};

class ShapeOverlay : public MapOverlay {
public:
    void set_shapes(std::vector<OverlayShape> shapes) { shapes_ = std::move(shapes); }
    void clear() { shapes_.clear(); }
    const std::vector<OverlayShape>& shapes() const { return shapes_; }
    void paint(QPainter& painter, const MapView& view) override;

private:
    std::vector<OverlayShape> shapes_;
};

}  // namespace renozone::viewer
