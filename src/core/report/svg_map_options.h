// What an SVG map of the district is drawn with: its size, language, whether it
// stands alone, and the project's units and site checks to draw on it. Its own
// header so the legend can read it without the map.
#pragma once

#include "core/planning/project_store.h"
#include "core/vocabulary/report_labels.h"

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

}  // namespace renozone
