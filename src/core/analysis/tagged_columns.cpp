#include "core/analysis/tagged_columns.h"

namespace renozone {
namespace {

using F = const TaggedFeature&;

const Community& community(F f) { return f.data.communities[f.index]; }
const CommunityTags& community_tags(F f) { return f.analysis.communities[f.index]; }
const Figures& community_figures(F f) { return f.analysis.coverage.communities[f.index].figures; }
const Targets& community_targets(F f) { return f.analysis.coverage.communities[f.index].targets; }
using B = const TaggedBuilding&;
const Building& building(B f) { return f.building; }
const BuildingTags& building_tags(B f) { return f.tags; }
// The community a building is placed in; null when none.
const Community* home(B f) {
    const int c = f.tags.place.community;
    return c < 0 ? nullptr : &f.data.communities[c];
}
ColumnValue text_of(const Community* c, const std::string Community::*member) {
    if (!c) return std::monostate{};
    return c->*member;
}

}  // namespace

const TableColumns<TaggedFeature>& community_columns() {
    using K = ColumnKind;
    static const TableColumns<TaggedFeature> columns{
        {"id", K::text, [](F f) -> ColumnValue { return community(f).id; }},
        {"name", K::text, [](F f) -> ColumnValue { return community(f).name; }},
        {"street_code", K::text, [](F f) -> ColumnValue { return community_tags(f).street_code; }},
        {"street_name", K::text, [](F f) -> ColumnValue { return community_tags(f).street_name; }},
        {"committee", K::text, [](F f) -> ColumnValue { return community(f).committee; }},
        {"planned", K::flag, [](F f) -> ColumnValue { return community_tags(f).planned; }},
        {"phase", K::text, [](F f) -> ColumnValue { return community_tags(f).phase; }},
        {"year", K::integer, [](F f) { return optional_value(community_tags(f).year); }},
        {"demonstration", K::flag, [](F f) -> ColumnValue { return community_tags(f).demonstration; }},
        {"path", K::text, [](F f) -> ColumnValue { return community_tags(f).path; }},
        {"buildings", K::integer, [](F f) -> ColumnValue { return community_figures(f).buildings; }},
        {"floor_area_m2", K::real, [](F f) -> ColumnValue { return community_figures(f).floor_area_m2; }},
        {"households", K::integer, [](F f) -> ColumnValue { return community_figures(f).households; }},
        {"people", K::real, [](F f) -> ColumnValue { return community_figures(f).people; }},
        {"lifts", K::integer, [](F f) -> ColumnValue { return community_figures(f).lifts; }},
        {"lift_subsidy_cny", K::real, [](F f) -> ColumnValue { return community_figures(f).lift_subsidy_cny; }},
        {"target_buildings", K::real, [](F f) { return optional_value(community_targets(f).buildings); }},
        {"target_floor_area_m2", K::real, [](F f) { return optional_value(community_targets(f).floor_area_m2); }},
        {"target_households", K::real, [](F f) { return optional_value(community_targets(f).households); }},
        {"target_people", K::real, [](F f) { return optional_value(community_targets(f).people); }},
        {"eligible_not_planned", K::integer, [](F f) -> ColumnValue { return community_figures(f).eligible_not_planned; }},
        {"all_buildings", K::integer, [](F f) -> ColumnValue { return community_figures(f).all_buildings; }},
    };
    return columns;
}

const TableColumns<TaggedBuilding>& building_columns() {
    using K = ColumnKind;
    static const TableColumns<TaggedBuilding> columns{
        {"id", K::text, [](B f) -> ColumnValue { return building(f).id; }},
        {"name", K::text, [](B f) -> ColumnValue { return building(f).name; }},
        {"address", K::text, [](B f) -> ColumnValue { return building(f).address; }},
        {"community_id", K::text, [](B f) { return text_of(home(f), &Community::id); }},
        {"community_name", K::text, [](B f) { return text_of(home(f), &Community::name); }},
        {"street_code", K::text, [](B f) -> ColumnValue {
             const int c = building_tags(f).place.community;
             if (c < 0) return std::monostate{};
             return f.communities[c].street_code;
         }},
        {"floors", K::integer, [](B f) { return optional_value(building(f).floors); }},
        {"built_year", K::integer, [](B f) { return optional_value(building(f).built_year); }},
        {"built_period", K::text, [](B f) -> ColumnValue {
             if (!building(f).built_period) return std::monostate{};
             return building(f).built_period->text();
         }},
        {"use", K::text, [](B f) -> ColumnValue { return std::string(use_name(building(f).use)); }},
        {"structure", K::text, [](B f) -> ColumnValue { return building(f).structure; }},
        {"households", K::integer, [](B f) -> ColumnValue { return static_cast<long long>(building_tags(f).households); }},
        {"people", K::real, [](B f) -> ColumnValue { return building_tags(f).people; }},
        {"people_estimated", K::flag, [](B f) -> ColumnValue { return building_tags(f).people_estimated; }},
        {"floor_area_m2", K::real, [](B f) -> ColumnValue { return building_tags(f).floor_area_m2; }},
        {"floor_area_estimated", K::flag, [](B f) -> ColumnValue { return building_tags(f).floor_area_estimated; }},
        {"footprint_m2", K::real, [](B f) -> ColumnValue { return building_tags(f).place.footprint_m2; }},
        {"floor_area_geom_m2", K::real, [](B f) -> ColumnValue { return building_tags(f).floor_area_geom_m2; }},
        {"share_inside", K::real, [](B f) -> ColumnValue { return building_tags(f).place.share_inside; }},
        {"in_planned_community", K::flag, [](B f) -> ColumnValue { return building_tags(f).in_planned_community; }},
        {"eligible", K::flag, [](B f) -> ColumnValue { return building_tags(f).eligible; }},
        {"eligibility", K::text, [](B f) -> ColumnValue { return std::string(building_tags(f).eligibility()); }},
        {"reasons", K::text, [](B f) -> ColumnValue { return building_tags(f).reasons(); }},
        {"unknown", K::text, [](B f) -> ColumnValue { return building_tags(f).unknowns(); }},
        {"in_plan", K::flag, [](B f) -> ColumnValue { return building_tags(f).in_plan; }},
        {"lift_candidate", K::flag, [](B f) -> ColumnValue { return building_tags(f).lift_candidate; }},
        {"lifts", K::integer, [](B f) -> ColumnValue { return static_cast<long long>(building_tags(f).lifts); }},
        {"lift_subsidy_cny", K::real, [](B f) -> ColumnValue { return building_tags(f).lift_subsidy_cny; }},
        {"safety_grade", K::text, [](B f) -> ColumnValue { return building(f).safety_grade; }},
        {"d_grade", K::flag, [](B f) -> ColumnValue { return building_tags(f).d_grade; }},
        {"rebuild_floor_area_max_m2", K::real, [](B f) -> ColumnValue {
             const auto& t = building_tags(f);
             if (!t.d_grade) return std::monostate{};
             return t.rebuild_floor_area_max_m2;
         }},
        {"heritage", K::flag, [](B f) -> ColumnValue { return building(f).heritage; }},
        {"repaired", K::flag, [](B f) -> ColumnValue { return building(f).repaired; }},
        {"floor_area", K::real, [](B f) { return optional_value(building(f).floor_area); }},
        {"stairwells", K::integer, [](B f) { return optional_value(building(f).stairwells); }},
    };
    return columns;
}

const TableColumns<CoverageRow>& coverage_columns() {
    using K = ColumnKind;
    using R = const CoverageRow&;
    static const TableColumns<CoverageRow> columns{
        {"level", K::text, [](R r) -> ColumnValue { return r.level; }},
        {"code", K::text, [](R r) -> ColumnValue { return r.code; }},
        {"name", K::text, [](R r) -> ColumnValue { return r.name; }},
        {"street_code", K::text, [](R r) -> ColumnValue { return r.street_code; }},
        {"planned", K::flag, [](R r) -> ColumnValue { return r.planned; }},
        {"phase", K::text, [](R r) -> ColumnValue { return r.phase; }},
        {"year", K::integer, [](R r) { return optional_value(r.year); }},
        {"demonstration", K::flag, [](R r) -> ColumnValue { return r.demonstration; }},
        {"path", K::text, [](R r) -> ColumnValue { return r.path; }},
        {"communities", K::integer, [](R r) -> ColumnValue { return r.figures.communities; }},
        {"target_communities", K::real, [](R r) { return optional_value(r.targets.communities); }},
        {"buildings", K::integer, [](R r) -> ColumnValue { return r.figures.buildings; }},
        {"target_buildings", K::real, [](R r) { return optional_value(r.targets.buildings); }},
        {"buildings_pct", K::real, [](R r) { return optional_value(percent(double(r.figures.buildings), r.targets.buildings)); }},
        {"floor_area_m2", K::real, [](R r) -> ColumnValue { return r.figures.floor_area_m2; }},
        {"target_floor_area_m2", K::real, [](R r) { return optional_value(r.targets.floor_area_m2); }},
        {"floor_area_pct", K::real, [](R r) { return optional_value(percent(r.figures.floor_area_m2, r.targets.floor_area_m2)); }},
        {"households", K::integer, [](R r) -> ColumnValue { return r.figures.households; }},
        {"target_households", K::real, [](R r) { return optional_value(r.targets.households); }},
        {"households_pct", K::real,
         [](R r) { return optional_value(percent(double(r.figures.households), r.targets.households)); }},
        {"people", K::real, [](R r) -> ColumnValue { return r.figures.people; }},
        {"target_people", K::real, [](R r) { return optional_value(r.targets.people); }},
        {"people_pct", K::real, [](R r) { return optional_value(percent(r.figures.people, r.targets.people)); }},
        {"footprint_m2", K::real, [](R r) -> ColumnValue { return r.figures.footprint_m2; }},
        {"floor_area_geom_m2", K::real, [](R r) -> ColumnValue { return r.figures.floor_area_geom_m2; }},
        {"lift_candidates", K::integer, [](R r) -> ColumnValue { return r.figures.lift_candidates; }},
        {"lifts", K::integer, [](R r) -> ColumnValue { return r.figures.lifts; }},
        {"lift_subsidy_cny", K::real, [](R r) -> ColumnValue { return r.figures.lift_subsidy_cny; }},
        {"d_grade_buildings", K::integer, [](R r) -> ColumnValue { return r.figures.d_grade; }},
        {"d_grade_rebuild_floor_area_max_m2", K::real, [](R r) -> ColumnValue { return r.figures.rebuild_floor_area_max_m2; }},
        {"heritage_buildings", K::integer, [](R r) -> ColumnValue { return r.figures.heritage; }},
        {"eligible_not_planned", K::integer, [](R r) -> ColumnValue { return r.figures.eligible_not_planned; }},
        {"all_buildings", K::integer, [](R r) -> ColumnValue { return r.figures.all_buildings; }},
        {"eligibility_unknown", K::integer, [](R r) -> ColumnValue { return r.figures.eligibility_unknown; }},
        {"floors_unknown", K::integer, [](R r) -> ColumnValue { return r.figures.floors_unknown; }},
        {"floor_area_unknown", K::integer, [](R r) -> ColumnValue { return r.figures.floor_area_unknown; }},
        {"households_unknown", K::integer, [](R r) -> ColumnValue { return r.figures.households_unknown; }},
    };
    return columns;
}

const TableColumns<Street>& street_columns() {
    static const TableColumns<Street> columns{
        {"code", ColumnKind::text, [](const Street& s) -> ColumnValue { return s.code; }},
        {"name", ColumnKind::text, [](const Street& s) -> ColumnValue { return s.name; }},
    };
    return columns;
}

TableColumns<ContextFeature> context_columns(const std::string& layer) {
    using C = const ContextFeature&;
    TableColumns<ContextFeature> columns{
        {"id", ColumnKind::text, [](C c) -> ColumnValue { return c.id; }},
        {"name", ColumnKind::text, [](C c) -> ColumnValue { return c.name; }},
    };
    const char* kind_field = layer == "roads" ? "class" : layer == "heritage" ? "grade" : "type";
    if (layer != "river") columns.push_back({kind_field, ColumnKind::text, [](C c) -> ColumnValue { return c.type; }});
    if (layer == "facilities")
        columns.push_back({"capacity", ColumnKind::integer, [](C c) { return optional_value(c.capacity); }});
    return columns;
}

}  // namespace renozone
