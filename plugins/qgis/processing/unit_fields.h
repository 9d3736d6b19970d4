// An implementation unit's evaluation (the engine's evaluate_unit) as the
// fields appended to each unit feature.
#pragma once

#include "core/planning/unit_evaluation.h"

#include <qgsattributes.h>
#include <qgsfields.h>

namespace renozone::plugin {

QgsFields unit_fields();
QgsAttributes unit_attributes(const District& district, const UnitEvaluation& e);
// The same fields, all null, and the reason, for a unit the engine refused.
QgsAttributes refused_unit_attributes(const QString& problem);

}  // namespace renozone::plugin
