// What the site panel calls each rule of the engine's site check (its ids,
// such as within_scope, are for files and scripts), in the interface language.
#pragma once

#include <QString>

#include <string>

namespace renozone::plugin {

QString rule_title(const std::string& rule_id);  // an unknown id is shown as it is

}  // namespace renozone::plugin
