// The district as an SVG map for reports: communities by phase, buildings by
// eligibility, river, roads, street boundaries, heritage, facilities, and the
// project's implementation units and site checks when given; labels, legend,
// scale bar and north arrow.
#pragma once

#include "core/analysis/district.h"
#include "core/report/svg_map_options.h"

#include <string>

namespace renozone {

std::string svg_map(const District& district, const SvgMapOptions& options = {});

}  // namespace renozone
