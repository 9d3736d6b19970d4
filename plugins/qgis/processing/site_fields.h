// A site check of the engine (verdict, households served, each rule's
// outcome) as the fields appended to each candidate site.
#pragma once

#include "core/planning/site_check.h"

#include <qgsattributes.h>
#include <qgsfields.h>

namespace renozone::plugin {

QgsFields site_fields();
QgsAttributes site_attributes(const District& district, const SiteCheck& check);
// The same fields, figures null, verdict "refused" and the reason, for a site the engine refused.
QgsAttributes refused_site_attributes(const QString& type, const QString& problem);

}  // namespace renozone::plugin
