// The facility gaps as a map layer: the core's facility_gaps for a type (who
// the existing facilities leave outside their service radius) drawn as the
// communities below the standard and the homes outside every radius, with one
// line to read. The viewer counts nothing itself. A layer rather than shapes
// over the map: a city leaves a million homes out, and the map's renderer draws
// them off the GUI thread, the ones a few pixels wide as their box.
#pragma once

#include "core/planning/facility_gaps.h"
#include "map_layer.h"

#include <QString>

#include <memory>

namespace renozone::viewer {

inline const QString gaps_layer_id = QStringLiteral("facility_gaps");

struct GapsLayer {
    FacilityGaps gaps;                // as the core computed them
    std::shared_ptr<MapLayer> layer;  // substandard communities, then the uncovered homes over them
    QString summary;
};

// Throws UsageError for an unknown type, and what progress throws.
GapsLayer make_gaps_layer(const SiteChecker& checker, const std::string& type, bool use_network,
                          const ProgressFn& progress = {});

}  // namespace renozone::viewer
