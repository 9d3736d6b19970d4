// The map's furniture: the legend strip below it (only what the map shows),
// the scale bar and the north arrow.
#pragma once

#include "core/analysis/district.h"
#include "core/report/svg_map_options.h"
#include "core/report/svg_path.h"

#include <string>

namespace renozone {

struct Legend {
    std::string svg;  // drawn from (0, 0); the caller moves it below the map
    double height = 0;
};

Legend make_legend(const District& district, const SvgMapOptions& options);

// A round length (1, 2 or 5 × 10^n m) near a fifth of the map's width, at the lower left.
std::string scale_bar(const MapFrame& frame, double map_width, double map_height, Lang lang);

std::string north_arrow(double map_width, Lang lang);

}  // namespace renozone
