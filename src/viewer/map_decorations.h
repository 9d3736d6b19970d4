// Scale bar and north arrow, drawn over the map on screen and in exports.
// `px` is the size of one screen pixel on the target (dpi / 96).
#pragma once

#include "map_view.h"

#include <QString>

class QPainter;

namespace renozone::viewer {

struct ScaleBarLength {
    double metres = 0;
    double pixels = 0;
};

// The longest round length (1, 2 or 5 × 10ⁿ m) whose bar fits in `max_pixels`.
ScaleBarLength scale_bar_length(double units_per_pixel, double max_pixels);
QString distance_label(double metres);      // "500 m", "2 km"
QString scale_label(double denominator);    // "1:12,500"

// Bottom-left corner of the bar at `origin`.
void draw_scale_bar(QPainter& painter, QPointF origin, double units_per_pixel, double max_pixels, double px = 1.0);
// North up (the working CRS is a Gauss-Kruger grid: grid north within a fraction of a degree of true north).
void draw_north_arrow(QPainter& painter, QPointF centre, double height);

}  // namespace renozone::viewer
