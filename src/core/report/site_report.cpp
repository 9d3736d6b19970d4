#include "core/report/site_report.h"

#include "core/base/table.h"
#include "core/base/text_utils.h"

#include <cmath>

namespace renozone {
namespace {

using json = nlohmann::ordered_json;

json number_or_null(const std::optional<double>& v) { return v ? json(std::round(*v * 100.0) / 100.0) : json(nullptr); }

// The contract (JSON and text, as the CLI writes them) names the CLI's option.
std::string contract_message(const RuleResult& r) {
    return r.remedy == RuleRemedy::reuse_building ? r.message + " (give --reuse-building to reuse it)" : r.message;
}

}  // namespace

json site_json(const District& district, const SiteCheck& check) {
    json rules = json::array();
    for (const auto& r : check.rules)
        rules.push_back({{"id", r.id}, {"status", status_name(r.status)}, {"value", number_or_null(r.value)},
                         {"threshold", number_or_null(r.threshold)}, {"threshold_unit", r.threshold_unit},
                         {"clause", r.clause}, {"clause_zh", r.clause_zh}, {"unit", r.unit},
                         {"verified", r.verified}, {"message", contract_message(r)}});
    json communities = json::array();
    for (int c : check.communities_served)
        communities.push_back({{"id", district.data().communities[c].id}, {"name", district.data().communities[c].name}});
    return json{{"verdict", status_name(check.verdict)},
                {"households_served", check.households_served},
                {"rules", rules},
                {"type", check.type},
                {"x", std::round(check.point.x * 100.0) / 100.0},
                {"y", std::round(check.point.y * 100.0) / 100.0},
                {"area_m2", std::round(check.area_m2 * 100.0) / 100.0},
                {"radius_m", check.radius_m},
                {"distance_method", check.distance_method},
                {"households_served_euclidean", check.households_served_euclidean},
                {"buildings_served", static_cast<long long>(check.buildings_served.size())},
                {"communities_served", communities},
                {"nearest_same_type_m", number_or_null(check.nearest_same_type_m)},
                {"nearest_same_type_id", check.nearest_same_type_id}};
}

std::string site_text(const District&, const SiteCheck& check, const std::string& title) {
    Table t{{"rule 规则", "status", "value", "threshold", "clause 依据"}, {false, false, true, true, false}, {}};
    for (const auto& r : check.rules)
        t.rows.push_back({r.id, status_name(r.status), r.value ? format_number(*r.value, 0) + " " + r.unit : "-",
                          r.threshold ? format_number(*r.threshold, 0) + (r.threshold_unit.empty() ? "" : " " + r.threshold_unit) : "-",
                          r.clause + (r.verified ? "" : " (unverified)")});
    std::string out = title + ": " + check.type + " → " + status_name(check.verdict) + "\n" + render_text(t);
    out += "households served 服务户数: " + format_number(double(check.households_served), 0) + " within " +
           format_number(check.radius_m, 0) + " m (" + check.distance_method + "; straight line: " +
           format_number(double(check.households_served_euclidean), 0) + ")\n";
    for (const auto& r : check.rules)
        if (r.status != RuleStatus::pass) out += std::string(status_name(r.status)) + " " + r.id + ": " + contract_message(r) + "\n";
    return out;
}

}  // namespace renozone
