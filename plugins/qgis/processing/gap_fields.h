// Facility gaps of the engine (facility_gaps) as features: one per
// community with how many of its households the existing facilities of the
// type reach, and one per household building they leave out.
#pragma once

#include "facility_gaps.h"

#include <qgsattributes.h>
#include <qgsfields.h>

namespace renozone::plugin {

QgsFields community_gap_fields();
QgsAttributes community_gap_attributes(const District& district, const FacilityGaps& gaps, const CommunityGap& row);

QgsFields uncovered_building_fields();
QgsAttributes uncovered_building_attributes(const District& district, const FacilityGaps& gaps, int building);

}  // namespace renozone::plugin
