// One coverage row of the engine (district, street or community: computed
// figures beside the plan's targets) as the fields of a QGIS feature.
#pragma once

#include "core/analysis/coverage.h"

#include <qgsattributes.h>
#include <qgsfields.h>

namespace renozone::plugin {

QgsFields coverage_fields();
QgsAttributes coverage_attributes(const CoverageRow& row);

}  // namespace renozone::plugin
