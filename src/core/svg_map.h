// The district as an SVG map for reports: communities by phase, buildings by
// eligibility, river, roads, street boundaries, heritage, facilities, and the
// project's implementation units and site checks when given; labels, legend,
// scale bar and north arrow.
#pragma once

#include "district.h"
#include "project_store.h"
#include "report_labels.h"

#include <string>
#include <vector>

namespace renozone {

struct SvgMapOptions {
    double width = 1200;  // pixels; the map is fitted inside, the legend below it
    double height = 0;    // legend included; 0: as tall as the data's shape asks
    Lang lang = Lang::zh;
    bool standalone = false;  // a file of its own: XML declaration and namespace
    const std::vector<StoredUnit>* units = nullptr;
    const std::vector<StoredSiteCheck>* site_checks = nullptr;
};

std::string svg_map(const District& district, const SvgMapOptions& options = {});

}  // namespace renozone
