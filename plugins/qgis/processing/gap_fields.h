// Facility gaps of the engine (facility_gaps) as features, their attributes
// the core's tables (community_gap_columns, uncovered_building_columns): one per
// community with how many of its households the existing facilities of the
// type reach, and one per household building they leave out.
#pragma once

#include "core/planning/facility_gaps.h"

#include <qgsfeature.h>
#include <qgsfields.h>

namespace renozone::plugin {

// Each feature carries its polygon as a multipolygon, for a layer or a sink.
QgsFields community_gap_fields();
QgsFeature community_gap_feature(const District& district, const FacilityGaps& gaps, const CommunityGap& row,
                                 const QgsFields& fields);

QgsFields uncovered_building_fields();
QgsFeature uncovered_building_feature(const District& district, const FacilityGaps& gaps, int building, const QgsFields& fields);

}  // namespace renozone::plugin
