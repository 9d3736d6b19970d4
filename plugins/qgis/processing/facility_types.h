// The facility types of the default site rules, in the order the TYPE
// parameter of the facility algorithms offers them.
#pragma once

#include <QStringList>

#include <string>
#include <vector>

namespace renozone::plugin {

struct FacilityType {
    std::string type;  // kindergarten, elderly_care, …
    std::string name;  // 幼儿园 kindergarten
};

// Empty when the rules file is not installed (the algorithms then say so).
const std::vector<FacilityType>& default_facility_types();
// "幼儿园 kindergarten (kindergarten)" for each type, for an enum parameter.
QStringList facility_type_labels();
// Index of a type in default_facility_types(), or -1.
int facility_type_index(const std::string& type);

}  // namespace renozone::plugin
