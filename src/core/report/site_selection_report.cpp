#include "core/report/site_selection_report.h"

#include "core/base/text_utils.h"
#include "core/report/figures.h"

#include <ogr_spatialref.h>

#include <cmath>

namespace renozone {
namespace {

using json = nlohmann::ordered_json;

std::string crs_name(const Dataset& data) {
    const auto* srs = data.working_srs.get();
    if (!srs) return "";
    const char* authority = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    return authority && code ? std::string(authority) + ":" + code : std::string(srs->GetName() ? srs->GetName() : "");
}

double percent_of(long long part, long long whole) { return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0; }

std::string community_names(const District& district, const SuggestedSite& site) {
    std::string out;
    for (const auto& [c, households] : site.communities)
        out += (out.empty() ? "" : "、") + district.data().communities[c].name + " " + std::to_string(households);
    return out;
}

}  // namespace

json site_selection_json(const District& district, const SiteSelection& s) {
    const Dataset& data = district.data();
    json out{{"type", s.type},
             {"name", s.rule.name},
             {"radius_m", s.rule.radius_m.value},
             {"clause", s.rule.radius_m.clause},
             {"verified", s.rule.radius_m.verified},
             {"distance_method", s.distance_method},
             {"method", s.method},
             {"count", s.count},
             {"crs", crs_name(data)},
             {"candidates", s.candidates},
             {"useful_candidates", s.useful_candidates},
             {"existing_facilities", s.existing_facilities},
             {"households", s.households},
             {"existing_covered_households", s.existing_covered_households},
             {"new_covered_households", s.new_covered_households},
             {"covered_households", s.covered_households},
             {"coverage_percent_before", round_to(percent_of(s.existing_covered_households, s.households), 2)},
             {"coverage_percent", round_to(percent_of(s.covered_households, s.households), 2)}};
    json sites = json::array();
    for (const auto& site : s.sites) {
        json communities = json::array();
        for (const auto& [c, households] : site.communities)
            communities.push_back({{"id", data.communities[c].id}, {"name", data.communities[c].name}, {"households", households}});
        sites.push_back({{"id", site.id},
                         {"x", round_to(site.point.x, 2)},
                         {"y", round_to(site.point.y, 2)},
                         {"marginal_households", site.marginal_households},
                         {"marginal_buildings", site.marginal_buildings},
                         {"reach_households", site.reach_households},
                         {"communities", communities}});
    }
    out["sites"] = sites;
    if (s.greedy_new_covered_households) {
        out["greedy_new_covered_households"] = *s.greedy_new_covered_households;
        out["gap_households"] = *s.gap_households;
        out["gap_percent"] = round_to(*s.gap_percent, 2);
        out["proven_optimal"] = s.proven_optimal;
        out["bound_gap_percent"] = s.bound_gap_percent ? json(round_to(*s.bound_gap_percent, 2)) : json(nullptr);
    }
    return out;
}

Table site_selection_table(const District& district, const SiteSelection& s, bool for_machines) {
    Table t;
    if (for_machines)
        t.headers = {"rank", "id", "x", "y", "marginal_households", "marginal_buildings", "reach_households", "communities"};
    else
        t.headers = {"rank", "id", "x", "y", "adds 新增覆盖户", "buildings 栋", "reach 可达户", "communities 小区 (户)"};
    t.numeric = {true, false, true, true, true, true, true, false};
    int rank = 0;
    for (const auto& site : s.sites)
        t.rows.push_back({std::to_string(++rank), site.id, format_number(site.point.x, 1, false), format_number(site.point.y, 1, false),
                          format_number(double(site.marginal_households), 0, !for_machines),
                          format_number(double(site.marginal_buildings), 0, !for_machines),
                          format_number(double(site.reach_households), 0, !for_machines), community_names(district, site)});
    return t;
}

std::string site_selection_text(const District& district, const SiteSelection& s) {
    std::string out = s.type + " " + s.rule.name + ": " + std::to_string(s.count) + " new sites, radius " +
                      format_number(s.rule.radius_m.value, 0) + " m (" + s.distance_method + "), " + s.method + "; " +
                      std::to_string(s.useful_candidates) + " of " + std::to_string(s.candidates) +
                      " candidates reach an uncovered household; " + std::to_string(s.existing_facilities) +
                      " existing facilities kept\n\n";
    out += render_text(site_selection_table(district, s, false));
    out += "\nhouseholds 户 " + format_number(double(s.households), 0) + ": covered before " +
           format_number(double(s.existing_covered_households), 0) + " (" +
           format_number(percent_of(s.existing_covered_households, s.households), 1) + "%), after " +
           format_number(double(s.covered_households), 0) + " (" + format_number(percent_of(s.covered_households, s.households), 1) +
           "%), new " + format_number(double(s.new_covered_households), 0) + "\n";
    if (static_cast<int>(s.sites.size()) < s.count)
        out += "only " + std::to_string(s.sites.size()) + " sites add households; more would cover nothing new\n";
    if (s.greedy_new_covered_households)
        out += "greedy covers " + format_number(double(*s.greedy_new_covered_households), 0) + " new households; the optimum " +
               format_number(double(s.new_covered_households), 0) + " (gap " + format_number(double(*s.gap_households), 0) +
               " households, " + format_number(*s.gap_percent, 2) + "%)" +
               (s.proven_optimal ? ", proven optimal"
                                 : ", time limit reached" + (s.bound_gap_percent ? ": within " + format_number(*s.bound_gap_percent, 2) +
                                                                                       "% of the bound" : std::string())) +
               "\n";
    return out;
}

}  // namespace renozone
