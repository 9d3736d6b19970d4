// Facility types as a planner types them: the rules file's key
// (kindergarten), or a name the reports, the map legend or the rules file
// give it (幼儿园, Kindergarten, 社区卫生服务站).
#pragma once

#include "core/planning/site_rules.h"

#include <string>

namespace renozone {

// The rules' key for the type `typed` names; throws UsageError naming the
// known types, and the nearest names when some are close.
std::string facility_type_key(const SiteRules& rules, const std::string& typed);

}  // namespace renozone
