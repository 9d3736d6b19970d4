#include "facility_types.h"

#include "core/planning/site_rules.h"
#include "engine_text.h"

namespace renozone::plugin {

const std::vector<FacilityType>& default_facility_types() {
    static const auto types = [] {
        std::vector<FacilityType> out;
        try {
            const SiteRules rules = load_default_site_rules();
            for (const auto& type : rules.type_names()) out.push_back({type, rules.rule(type).name});
        } catch (const std::exception&) {
            // no rules file installed: the algorithms report it when run
        }
        return out;
    }();
    return types;
}

QStringList facility_type_labels() {
    QStringList labels;
    for (const auto& t : default_facility_types()) labels << QStringLiteral("%1 (%2)").arg(qs(t.name), qs(t.type));
    return labels;
}

int facility_type_index(const std::string& type) {
    const auto& types = default_facility_types();
    for (std::size_t i = 0; i < types.size(); ++i)
        if (types[i].type == type) return static_cast<int>(i);
    return -1;
}

}  // namespace renozone::plugin
