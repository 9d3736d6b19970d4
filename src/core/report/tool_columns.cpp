#include "core/report/tool_columns.h"

#include "core/base/text_utils.h"
#include "core/planning/unit_warnings.h"
#include "core/report/site_report.h"
#include "core/vocabulary/site_rule_words.h"

namespace renozone {
namespace {

std::string community_ids(const District& district, const std::vector<int>& communities) {
    std::vector<std::string> ids;
    for (int c : communities) ids.push_back(district.data().communities[c].id);
    return join_list(ids, ",", ",");
}

std::string rules_with(const SiteCheck& check, RuleStatus status) {
    std::vector<std::string> rules;
    for (const auto& rule : check.rules)
        if (rule.status == status) rules.push_back(rule.id + ": " + rule_message(rule, Lang::en));
    return join_list(rules, "; ", "; ");
}

ColumnValue count(long long n) { return n; }

}  // namespace

const TableColumns<UnitRow>& unit_columns() {
    using K = ColumnKind;
    using R = const UnitRow&;
    static const TableColumns<UnitRow> columns{
        {"area_m2", K::real, [](R r) -> ColumnValue { return r.unit.area_m2; }},
        {"buildings", K::integer, [](R r) { return count(r.unit.figures.buildings); }},
        {"communities", K::integer, [](R r) { return count(r.unit.figures.communities); }},
        {"floor_area_m2", K::real, [](R r) -> ColumnValue { return r.unit.figures.floor_area_m2; }},
        {"households", K::integer, [](R r) { return count(r.unit.figures.households); }},
        {"people", K::real, [](R r) -> ColumnValue { return r.unit.figures.people; }},
        {"eligible_buildings", K::integer, [](R r) { return count(r.unit.eligible_buildings); }},
        {"ineligible_buildings", K::integer, [](R r) { return count(r.unit.ineligible_buildings); }},
        {"all_buildings", K::integer, [](R r) { return count(static_cast<long long>(r.unit.buildings.size())); }},
        {"lift_candidates", K::integer, [](R r) { return count(r.unit.figures.lift_candidates); }},
        {"lifts", K::integer, [](R r) { return count(r.unit.figures.lifts); }},
        {"lift_subsidy_cny", K::real, [](R r) -> ColumnValue { return r.unit.figures.lift_subsidy_cny; }},
        {"pipeline_subsidy_cny", K::real, [](R r) -> ColumnValue { return r.unit.subsidy.pipeline_subsidy_cny; }},
        {"subsidy_total_cny", K::real, [](R r) -> ColumnValue { return r.unit.subsidy.total_cny; }},
        {"central_cny", K::real, [](R r) { return optional_value(r.unit.subsidy.central_cny); }},
        {"municipal_cny", K::real, [](R r) { return optional_value(r.unit.subsidy.municipal_cny); }},
        {"district_cny", K::real, [](R r) { return optional_value(r.unit.subsidy.district_cny); }},
        {"residents_cny", K::real, [](R r) { return optional_value(r.unit.subsidy.residents_cny); }},
        {"footprint_m2", K::real, [](R r) -> ColumnValue { return r.unit.figures.footprint_m2; }},
        {"d_grade_buildings", K::integer, [](R r) { return count(r.unit.figures.d_grade); }},
        {"d_grade_rebuild_floor_area_max_m2", K::real,
         [](R r) -> ColumnValue { return r.unit.figures.rebuild_floor_area_max_m2; }},
        {"heritage_buildings", K::integer, [](R r) { return count(r.unit.figures.heritage); }},
        {"streets", K::text, [](R r) -> ColumnValue { return join_list(r.unit.streets, ",", ","); }},
        {"community_ids", K::text, [](R r) -> ColumnValue {
             std::vector<int> communities;
             for (const auto& share : r.unit.communities) communities.push_back(share.index);
             return community_ids(r.district, communities);
         }},
        {"warnings", K::text, [](R r) -> ColumnValue { return english_unit_warnings(r.unit.warnings); }},
    };
    return columns;
}

const TableColumns<SiteCheckRow>& site_check_columns() {
    using K = ColumnKind;
    using R = const SiteCheckRow&;
    static const TableColumns<SiteCheckRow> columns{
        {"facility_type", K::text, [](R r) -> ColumnValue { return r.check.type; }},
        {"verdict", K::text, [](R r) -> ColumnValue { return std::string(status_name(r.check.verdict)); }},
        {"households_served", K::integer, [](R r) { return count(r.check.households_served); }},
        {"households_served_euclidean", K::integer, [](R r) { return count(r.check.households_served_euclidean); }},
        {"buildings_served", K::integer, [](R r) { return count(static_cast<long long>(r.check.buildings_served.size())); }},
        {"radius_m", K::real, [](R r) -> ColumnValue { return r.check.radius_m; }},
        {"distance_method", K::text, [](R r) -> ColumnValue { return r.check.distance_method; }},
        {"site_area_m2", K::real, [](R r) -> ColumnValue { return r.check.area_m2; }},
        {"nearest_same_type_m", K::real, [](R r) { return optional_value(r.check.nearest_same_type_m); }},
        {"nearest_same_type_id", K::text, [](R r) -> ColumnValue { return r.check.nearest_same_type_id; }},
        {"communities_served", K::text, [](R r) -> ColumnValue { return community_ids(r.district, r.check.communities_served); }},
        {"failed_rules", K::text, [](R r) -> ColumnValue { return rules_with(r.check, RuleStatus::fail); }},
        {"warned_rules", K::text, [](R r) -> ColumnValue { return rules_with(r.check, RuleStatus::warn); }},
        {"rules_json", K::text, [](R r) -> ColumnValue {
             // The CLI's contract names its option for a rule's remedy; a layer's row says it in plain words.
             auto rules = site_json(r.district, r.check)["rules"];
             for (std::size_t i = 0; i < r.check.rules.size(); ++i) rules[i]["message"] = rule_message(r.check.rules[i], Lang::en);
             return rules.dump();
         }},
    };
    return columns;
}

const TableColumns<CommunityGapRow>& community_gap_columns() {
    using K = ColumnKind;
    using R = const CommunityGapRow&;
    static const TableColumns<CommunityGapRow> columns{
        {"facility_type", K::text, [](R r) -> ColumnValue { return r.gaps.type; }},
        {"id", K::text, [](R r) -> ColumnValue { return r.district.data().communities[r.gap.community].id; }},
        {"name", K::text, [](R r) -> ColumnValue { return r.district.data().communities[r.gap.community].name; }},
        {"street_code", K::text,
         [](R r) -> ColumnValue { return r.district.analysis().communities[r.gap.community].street_code; }},
        {"status", K::text, [](R r) -> ColumnValue { return std::string(r.gap.status()); }},
        {"planned", K::flag, [](R r) -> ColumnValue { return r.district.analysis().communities[r.gap.community].planned; }},
        {"substandard", K::flag, [](R r) -> ColumnValue { return r.gap.substandard; }},
        {"households", K::integer, [](R r) { return count(r.gap.count.households); }},
        {"covered_households", K::integer, [](R r) { return count(r.gap.count.covered_households); }},
        {"uncovered_households", K::integer, [](R r) { return count(r.gap.count.uncovered_households()); }},
        {"buildings", K::integer, [](R r) { return count(r.gap.count.buildings); }},
        {"covered_buildings", K::integer, [](R r) { return count(r.gap.count.covered_buildings); }},
        {"coverage_pct", K::real, [](R r) { return optional_value(r.gap.count.coverage_percent()); }},
        {"radius_m", K::real, [](R r) -> ColumnValue { return r.gaps.rule.radius_m.value; }},
    };
    return columns;
}

const TableColumns<UncoveredBuildingRow>& uncovered_building_columns() {
    using K = ColumnKind;
    using R = const UncoveredBuildingRow&;
    static const TableColumns<UncoveredBuildingRow> columns{
        {"facility_type", K::text, [](R r) -> ColumnValue { return r.gaps.type; }},
        {"id", K::text, [](R r) -> ColumnValue { return r.district.data().buildings[r.building].id; }},
        {"community_id", K::text, [](R r) -> ColumnValue {
             const int c = r.district.analysis().buildings[r.building].place.community;
             return c < 0 ? std::string() : r.district.data().communities[c].id;
         }},
        {"community_name", K::text, [](R r) -> ColumnValue {
             const int c = r.district.analysis().buildings[r.building].place.community;
             return c < 0 ? std::string() : r.district.data().communities[c].name;
         }},
        {"households", K::integer,
         [](R r) { return count(r.district.analysis().buildings[r.building].households); }},
    };
    return columns;
}

const TableColumns<SuggestedSiteRow>& suggested_site_columns() {
    using K = ColumnKind;
    using R = const SuggestedSiteRow&;
    static const TableColumns<SuggestedSiteRow> columns{
        {"rank", K::integer, [](R r) { return count(static_cast<long long>(r.rank + 1)); }},
        {"facility_type", K::text, [](R r) -> ColumnValue { return r.selection.type; }},
        {"candidate_id", K::text, [](R r) -> ColumnValue { return r.selection.sites[r.rank].id; }},
        {"method", K::text, [](R r) -> ColumnValue { return r.selection.method; }},
        {"marginal_households", K::integer, [](R r) { return count(r.selection.sites[r.rank].marginal_households); }},
        {"marginal_buildings", K::integer, [](R r) { return count(r.selection.sites[r.rank].marginal_buildings); }},
        {"reach_households", K::integer, [](R r) { return count(r.selection.sites[r.rank].reach_households); }},
        {"communities", K::text, [](R r) -> ColumnValue {
             std::vector<std::string> parts;
             for (const auto& [community, households] : r.selection.sites[r.rank].communities) {
                 const Community& c = r.district.data().communities[community];
                 parts.push_back(c.id + " " + c.name + " (" + std::to_string(households) + ")");
             }
             return join_list(parts, "; ", "; ");
         }},
        {"radius_m", K::real, [](R r) -> ColumnValue { return r.selection.rule.radius_m.value; }},
    };
    return columns;
}

}  // namespace renozone
