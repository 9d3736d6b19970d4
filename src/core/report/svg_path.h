// Geometry in working-CRS metres to SVG drawing commands on a pixel frame,
// rounded to 0.1 px: a district of thousands of footprints stays a few
// hundred kilobytes.
#pragma once

#include <geos_c.h>

#include <string>

namespace renozone {

// Maps a metre extent into a pixel rectangle, keeping the aspect ratio and
// centring it; SVG's y axis points down, northing up.
class MapFrame {
public:
    MapFrame(double min_x, double min_y, double max_x, double max_y, double left, double top, double width, double height);
    double px(double x) const { return offset_x_ + (x - min_x_) * scale_; }
    double py(double y) const { return offset_y_ + (max_y_ - y) * scale_; }
    double pixels_per_metre() const { return scale_; }

private:
    double min_x_, max_y_, scale_, offset_x_, offset_y_;
};

// A pixel value rounded to 0.1 with no trailing ".0" ("12", "12.3", "-0.5").
std::string svg_number(double value);

// Path data for polygons ("M…l…z" per ring) and lines ("M…l…"), of any
// single or multi geometry or collection; points give nothing. Consecutive
// vertices that round to the same 0.1 px are dropped, and rings left with
// fewer than three are skipped.
void append_path_data(std::string& out, GEOSContextHandle_t ctx, const GEOSGeometry* geom, const MapFrame& frame);
std::string path_data(GEOSContextHandle_t ctx, const GEOSGeometry* geom, const MapFrame& frame);

// "x1,y1 x2,y2 …" for an SVG <polygon> when the geometry is one polygon
// without holes (or a multipolygon of one such part); empty otherwise.
std::string polygon_points(GEOSContextHandle_t ctx, const GEOSGeometry* geom, const MapFrame& frame);

}  // namespace renozone
