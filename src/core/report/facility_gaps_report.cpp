#include "core/report/facility_gaps_report.h"

#include "core/base/text_utils.h"

#include <cmath>

namespace renozone {
namespace {

using json = nlohmann::ordered_json;

json percent_json(const ServedCount& c) {
    const auto pct = c.coverage_percent();
    return pct ? json(std::round(*pct * 100.0) / 100.0) : json(nullptr);
}

json count_json(const ServedCount& c) {
    return json{{"households", c.households},
                {"covered_households", c.covered_households},
                {"uncovered_households", c.uncovered_households()},
                {"coverage_percent", percent_json(c)},
                {"buildings", c.buildings},
                {"covered_buildings", c.covered_buildings}};
}

std::string percent_text(const ServedCount& c, bool for_machines) {
    const auto pct = c.coverage_percent();
    if (!pct) return for_machines ? "" : "-";
    return for_machines ? format_number(*pct, 2, false) : format_number(*pct, 1) + "%";
}

std::string count_text(long long v, bool for_machines) { return format_number(double(v), 0, !for_machines); }

}  // namespace

json gaps_json(const District& district, const FacilityGaps& g) {
    const Dataset& data = district.data();
    json out{{"type", g.type},
             {"name", g.rule.name},
             {"radius_m", g.rule.radius_m.value},
             {"clause", g.rule.radius_m.clause},
             {"verified", g.rule.radius_m.verified},
             {"distance_method", g.distance_method},
             {"threshold_percent", g.threshold_percent},
             {"facilities", static_cast<long long>(g.facilities.size())}};
    json district_json = count_json(g.district);
    district_json["covered_households_euclidean"] = g.covered_households_euclidean;
    district_json["planned_communities"] = count_json(g.planned);
    district_json["communities"] = g.communities;
    district_json["substandard_communities"] = g.substandard_communities;
    district_json["substandard_planned_communities"] = g.substandard_planned_communities;
    district_json["uncovered_communities"] = g.uncovered_communities;
    out["district"] = district_json;
    out["streets"] = json::array();
    for (const auto& s : g.streets) {
        json row{{"code", s.code}, {"name", s.name}};
        row.update(count_json(s.count));
        row["communities"] = s.communities;
        row["substandard_communities"] = s.substandard_communities;
        row["uncovered_communities"] = s.uncovered_communities;
        out["streets"].push_back(row);
    }
    out["communities"] = json::array();
    for (const auto& r : g.community_rows) {
        const auto& c = data.communities[r.community];
        const auto& tags = district.analysis().communities[r.community];
        json row{{"id", c.id}, {"name", c.name}, {"street_code", tags.street_code}, {"planned", tags.planned}};
        row.update(count_json(r.count));
        row["status"] = r.status();
        row["substandard"] = r.substandard;
        out["communities"].push_back(row);
    }
    json facilities = json::array();
    for (int f : g.facilities) facilities.push_back(data.facilities[f].id);
    out["facility_ids"] = facilities;
    return out;
}

json gaps_summary_json(const District& district, const std::vector<FacilityGaps>& all, const std::vector<std::string>& unknown_types) {
    json out{{"threshold_percent", all.empty() ? 100.0 : all.front().threshold_percent},
             {"distance_method", all.empty() ? std::string("euclidean") : all.front().distance_method}};
    out["summary"] = json::array();
    for (const auto& g : all)
        out["summary"].push_back({{"type", g.type},
                                  {"facilities", static_cast<long long>(g.facilities.size())},
                                  {"households", g.district.households},
                                  {"covered_households", g.district.covered_households},
                                  {"coverage_percent", percent_json(g.district)},
                                  {"communities", g.communities},
                                  {"substandard_communities", g.substandard_communities},
                                  {"substandard_planned_communities", g.substandard_planned_communities},
                                  {"uncovered_communities", g.uncovered_communities}});
    out["types"] = json::array();
    for (const auto& g : all) out["types"].push_back(gaps_json(district, g));
    out["unknown_facility_types"] = unknown_types;
    return out;
}

Table gaps_table(const District& district, const std::vector<FacilityGaps>& all, bool for_machines) {
    Table t;
    if (for_machines)
        t.headers = {"type", "level", "code", "name", "planned", "households", "covered_households", "uncovered_households",
                     "coverage_pct", "status", "substandard_communities"};
    else
        t.headers = {"type", "level", "code", "name 名称", "planned", "households 户", "covered 覆盖", "uncovered 未覆盖",
                     "coverage 覆盖率", "status", "substandard 不达标"};
    t.numeric = {false, false, false, false, false, true, true, true, true, false, true};
    const Dataset& data = district.data();
    auto row = [&](const FacilityGaps& g, const char* level, const std::string& code, const std::string& name,
                   const std::string& planned, const ServedCount& c, const std::string& status, const std::string& substandard) {
        t.rows.push_back({g.type, level, code, name, planned, count_text(c.households, for_machines),
                          count_text(c.covered_households, for_machines), count_text(c.uncovered_households(), for_machines),
                          percent_text(c, for_machines), status, substandard});
    };
    for (const auto& g : all) {
        row(g, "district", "", for_machines ? "" : "全区", "", g.district, "", std::to_string(g.substandard_communities));
        for (const auto& s : g.streets)
            row(g, "street", s.code, s.name, "", s.count, "", std::to_string(s.substandard_communities));
        for (const auto& r : g.community_rows) {
            const bool planned = district.analysis().communities[r.community].planned;
            row(g, "community", data.communities[r.community].id, data.communities[r.community].name,
                for_machines ? (planned ? "1" : "0") : (planned ? "规划" : ""), r.count, r.status(),
                for_machines ? (r.substandard ? "1" : "0") : (r.substandard ? "不达标" : ""));
        }
    }
    return t;
}

Table gaps_summary_table(const std::vector<FacilityGaps>& all, bool for_machines) {
    Table t;
    if (for_machines)
        t.headers = {"type", "name", "radius_m", "distance_method", "facilities", "households", "covered_households",
                     "coverage_pct", "communities", "substandard_communities", "substandard_planned_communities",
                     "uncovered_communities"};
    else
        t.headers = {"type", "name 名称", "radius m", "distance", "facilities 设施", "households 户", "covered 覆盖",
                     "coverage 覆盖率", "communities 小区", "substandard 不达标", "planned 规划小区", "uncovered 无覆盖"};
    t.numeric = {false, false, true, false, true, true, true, true, true, true, true, true};
    for (const auto& g : all)
        t.rows.push_back({g.type, g.rule.name, format_number(g.rule.radius_m.value, 0, !for_machines), g.distance_method,
                          count_text(static_cast<long long>(g.facilities.size()), for_machines),
                          count_text(g.district.households, for_machines), count_text(g.district.covered_households, for_machines),
                          percent_text(g.district, for_machines), std::to_string(g.communities),
                          std::to_string(g.substandard_communities), std::to_string(g.substandard_planned_communities),
                          std::to_string(g.uncovered_communities)});
    return t;
}

std::string gaps_text(const District& district, const std::vector<FacilityGaps>& all, const std::vector<std::string>& unknown_types) {
    std::string out;
    const std::string threshold = all.empty() ? "100" : format_number(all.front().threshold_percent, 0);
    if (all.size() == 1) {
        const auto& g = all.front();
        out += g.type + " " + g.rule.name + ": radius " + format_number(g.rule.radius_m.value, 0) + " m (" + g.distance_method +
               "), " + std::to_string(g.facilities.size()) + " existing facilities; " + g.rule.radius_m.clause +
               (g.rule.radius_m.verified ? "" : " [unverified]") + "\n\n";
        out += render_text(gaps_table(district, all, false));
        out += "\nsubstandard communities 不达标小区 (coverage below " + threshold + "%): " +
               std::to_string(g.substandard_communities) + " of " + std::to_string(g.communities) + " (planned " +
               std::to_string(g.substandard_planned_communities) + "); wholly uncovered 无覆盖: " +
               std::to_string(g.uncovered_communities) + "; households uncovered 未覆盖户: " +
               format_number(double(g.district.uncovered_households()), 0) + "; in planned communities " +
               format_number(double(g.planned.covered_households), 0) + " of " + format_number(double(g.planned.households), 0) +
               " households covered (" + percent_text(g.planned, false) + ")\n";
        if (g.distance_method == "network")
            out += "euclidean coverage for comparison: " + format_number(double(g.covered_households_euclidean), 0) +
                   " households\n";
    } else {
        out += render_text(gaps_summary_table(all, false));
        out += "\nsubstandard: communities with households covered below " + threshold + "%\n";
    }
    for (const auto& type : unknown_types) out += "note: facilities of type '" + type + "' are not in the rules file and were not counted\n";
    return out;
}

}  // namespace renozone
