// The hook for the facility gaps overlay. The gaps (households a facility
// type's service radius leaves uncovered) are computed by the core's
// compute_gaps, which another issue is adding; the viewer computes none.
// Until that call lands no provider is set and the action stays disabled;
// wiring it is one assignment in facility_gaps.cpp.
#pragma once

#include "district.h"

#include <QPainterPath>
#include <QString>

#include <functional>
#include <string>

namespace renozone::viewer {

struct FacilityGapsOverlay {
    QPainterPath uncovered;  // map units: the areas or buildings left without the facility
    QString summary;         // one line for the panel, from the core's figures
};

using FacilityGapsProvider = std::function<FacilityGapsOverlay(const District&, const std::string& facility_type)>;

// Empty until the core provides compute_gaps.
const FacilityGapsProvider& facility_gaps_provider();
void set_facility_gaps_provider(FacilityGapsProvider provider);

}  // namespace renozone::viewer
