#include "facility_type_box.h"

#include "core/planning/site_rules.h"
#include "engine_text.h"
#include "loaded_district.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace renozone::plugin {

void fill_facility_types(QComboBox& box, const LoadedDistrict* loaded) {
    const QString current = box.currentData().toString();
    const QSignalBlocker block(&box);
    box.clear();
    if (!loaded) return;
    const SiteRules& rules = loaded->site_checker().rules();
    for (const auto& type : rules.type_names()) box.addItem(qs(rules.rule(type).name), qs(type));
    if (const int index = box.findData(current); index >= 0) box.setCurrentIndex(index);
}

}  // namespace renozone::plugin
