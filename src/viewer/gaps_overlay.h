// The facility gaps overlay: the core's facility_gaps for a type (who the
// existing facilities leave outside their service radius) turned into shapes
// to draw and one line to read. The viewer counts nothing itself.
#pragma once

#include "facility_gaps.h"

#include <QPainterPath>
#include <QString>

namespace renozone::viewer {

struct GapsOverlay {
    FacilityGaps gaps;                      // as the core computed them
    QPainterPath uncovered_buildings;       // map units: homes outside every facility's radius
    QPainterPath substandard_communities;   // covered below the threshold
    int uncovered_building_count = 0;
    QString summary;
};

// Throws UsageError for an unknown type, and what progress throws.
GapsOverlay make_gaps_overlay(const SiteChecker& checker, const std::string& type, bool use_network,
                              const ProgressFn& progress = {});

}  // namespace renozone::viewer
