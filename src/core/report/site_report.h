// A site check as JSON ({"verdict", "households_served", "rules": [...]}) and
// as a terminal table.
#pragma once

#include "core/planning/site_check.h"

#include <nlohmann/json.hpp>

namespace renozone {

nlohmann::ordered_json site_json(const District& district, const SiteCheck& check);
std::string site_text(const District& district, const SiteCheck& check, const std::string& title);

}  // namespace renozone
