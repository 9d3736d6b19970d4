// A site the engine's maximal covering selection (suggest_sites) chose, as a
// point feature: its rank, the households it newly covers and where.
#pragma once

#include "core/planning/site_selection.h"

#include <qgsattributes.h>
#include <qgsfields.h>

namespace renozone::plugin {

QgsFields suggested_site_fields();
QgsAttributes suggested_site_attributes(const District& district, const SiteSelection& selection, std::size_t rank);

}  // namespace renozone::plugin
