#include "core/model/model.h"

#include "core/base/text_utils.h"

namespace renozone {

const char* use_name(Use u) {
    switch (u) {
        case Use::residential: return "residential";
        case Use::mixed: return "mixed";
        case Use::commercial: return "commercial";
        case Use::public_service: return "public";
        case Use::industrial: return "industrial";
        case Use::unknown: return "";
    }
    return "";
}

Use parse_use(const std::string& raw) {
    // The canonical names as they are: what the rules below would make of them, without the work.
    if (raw == "residential") return Use::residential;
    if (raw == "mixed") return Use::mixed;
    const std::string text = to_lower_ascii(trim(raw));
    auto has = [&](const char* s) { return text.find(s) != std::string::npos; };
    if (text.empty()) return Use::unknown;
    if (text == "mixed" || has("商住") || has("综合") || has("mixed")) return Use::mixed;
    if (text == "residential" || has("住宅") || has("居住") || text == "住") return Use::residential;
    if (text == "commercial" || has("商业") || has("商服") || has("办公")) return Use::commercial;
    if (text == "public" || has("公共") || has("教育") || has("医疗") || has("行政")) return Use::public_service;
    if (text == "industrial" || has("工业") || has("仓储") || has("厂")) return Use::industrial;
    return Use::unknown;
}

std::optional<double> PlanTargets::get(const std::string& key) const {
    auto it = values.find(key);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::string where_of(const Dataset& ds, const std::string& kind) {
    auto it = ds.layer_where.find(kind);
    return it == ds.layer_where.end() ? kind : it->second;
}

std::string locate(const Dataset& ds, const std::string& kind, std::int64_t fid, const std::string& id) {
    return where_of(ds, kind) + ": " + feature_label(fid, id);
}

const std::vector<std::string>& known_facility_types() {
    static const std::vector<std::string> types = {
        "elderly_care", "day_care", "kindergarten", "nursery", "service_station", "health_station",
        "culture_sports", "public_toilet", "parking", "ev_charging", "waste_sorting"};
    return types;
}

}  // namespace renozone
