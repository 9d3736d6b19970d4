#include "core/report/unit_report.h"

#include "core/base/table.h"
#include "core/base/text_utils.h"
#include "core/report/figures.h"

#include <cmath>

namespace renozone {
namespace {

using json = nlohmann::ordered_json;

json optional_json(const std::optional<double>& v) { return v ? json(round_to(*v, 2)) : json(nullptr); }

// The contract keeps the warnings as English sentences.
json english_warnings(const std::vector<UnitWarning>& warnings) {
    json out = json::array();
    for (const auto& w : warnings) out.push_back(english_unit_warning(w));
    return out;
}

}  // namespace

json unit_json(const District& district, const UnitEvaluation& e) {
    const auto& f = e.figures;
    const auto& data = district.data();
    json out{{"buildings", f.buildings},
             {"communities", f.communities},
             {"floor_area_m2", round_to(f.floor_area_m2, 2)},
             {"households", f.households},
             {"people", std::round(f.people * 10.0) / 10.0},
             {"eligible_buildings", e.eligible_buildings},
             {"lifts", f.lifts},
             {"lift_subsidy_cny", round_to(f.lift_subsidy_cny, 2)},
             {"warnings", english_warnings(e.warnings)},
             {"area_m2", round_to(e.area_m2, 2)},
             {"all_buildings", static_cast<long long>(e.buildings.size())},
             {"ineligible_buildings", e.ineligible_buildings},
             {"footprint_m2", round_to(f.footprint_m2, 2)},
             {"lift_candidates", f.lift_candidates},
             {"d_grade_buildings", f.d_grade},
             {"d_grade_rebuild_floor_area_max_m2", round_to(f.rebuild_floor_area_max_m2, 2)},
             {"heritage_buildings", f.heritage}};
    const auto& s = e.subsidy;
    out["subsidy"] = json{{"lift_subsidy_cny", round_to(s.lift_subsidy_cny, 2)},
                          {"pipeline_subsidy_cny", round_to(s.pipeline_subsidy_cny, 2)},
                          {"total_cny", round_to(s.total_cny, 2)},
                          {"central_cny", optional_json(s.central_cny)},
                          {"municipal_cny", optional_json(s.municipal_cny)},
                          {"district_cny", optional_json(s.district_cny)},
                          {"residents_cny", optional_json(s.residents_cny)}};
    out["streets"] = e.streets;
    json communities = json::array();
    for (const auto& c : e.communities)
        communities.push_back({{"id", data.communities[c.index].id}, {"name", data.communities[c.index].name},
                               {"share", std::round(c.share * 10000.0) / 10000.0},
                               {"planned", district.analysis().communities[c.index].planned}});
    out["community_shares"] = communities;
    json partial = json::array();
    for (const auto& b : e.partial_buildings)
        partial.push_back({{"id", data.buildings[b.index].id}, {"share", std::round(b.share * 10000.0) / 10000.0}});
    out["partial_buildings"] = partial;
    json heritage = json::array();
    for (int h : e.heritage) heritage.push_back(data.heritage[h].name);
    out["heritage_areas"] = heritage;
    return out;
}

std::string unit_text(const District& district, const UnitEvaluation& e, const std::string& title) {
    const auto& f = e.figures;
    Table t{{"unit 实施单元", "value"}, {false, true}, {}};
    auto row = [&](const std::string& name, double v, int decimals = 0) { t.rows.push_back({name, format_number(v, decimals)}); };
    row("area m² 面积", e.area_m2);
    row("planned communities 小区", double(f.communities));
    row("buildings in plan 栋", double(f.buildings));
    row("floor area m² 建筑面积", f.floor_area_m2);
    row("households 户", double(f.households));
    row("people 人", f.people);
    row("eligible buildings 符合条件", double(e.eligible_buildings));
    row("lift candidates 可加装电梯", double(f.lift_candidates));
    row("lifts 电梯", double(f.lifts));
    row("lift subsidy CNY 电梯补助", f.lift_subsidy_cny);
    row("pipeline subsidy CNY 管线补助", e.subsidy.pipeline_subsidy_cny);
    row("D-grade buildings D级危房", double(f.d_grade));
    row("D-grade rebuild max m² 可重建面积", f.rebuild_floor_area_max_m2);
    std::string out = title + "\n" + render_text(t);
    for (const auto& c : e.communities)
        out += "community " + district.data().communities[c.index].id + " " + district.data().communities[c.index].name +
               ": " + format_number(100.0 * c.share, 1) + " % inside\n";
    for (const auto& w : e.warnings) out += "warning: " + english_unit_warning(w) + "\n";
    return out;
}

}  // namespace renozone
