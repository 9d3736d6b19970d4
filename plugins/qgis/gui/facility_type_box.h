// The facility-type chooser the site and facility panels share: the types of
// the loaded district's site rules, keeping the current choice when refilled.
#pragma once

class QComboBox;

namespace renozone::plugin {

class LoadedDistrict;

// Throws what reading the rules throws; the box is then empty.
void fill_facility_types(QComboBox& box, const LoadedDistrict* loaded);

}  // namespace renozone::plugin
