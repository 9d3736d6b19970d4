#include "core/analysis/discrepancies.h"

#include "core/base/text_utils.h"

#include <cmath>

namespace renozone {
namespace {

std::string pct(double share) { return format_number(100.0 * share, 1) + " %"; }

}  // namespace

void check_building(const Building& b, const BuildingTags& t, const Dataset& ds, const PlanRules& rules, Findings& out) {
    // Most buildings raise nothing: their texts are only spelt out when needed,
    // and a note only when notes are kept.
    auto where = [&] { return locate(ds, "buildings", b.fid, b.id); };
    auto note = [&](const char* code, auto problem) {
        if (!out.keeps(Severity::info)) return out.count_unkept();
        out.add(Severity::info, code, "buildings", b.id, where(), problem());
    };
    const int c = t.place.community;
    auto community = [&] { return c >= 0 ? ds.communities[c].id + " " + ds.communities[c].name : std::string(); };
    if (t.place.has_footprint && c < 0) note("outside_communities", [] { return Problem{": lies in no community", "：不在任何小区内"}; });
    if (t.place.containing > 1)
        out.add(Severity::warning, "overlapping_communities", "buildings", b.id,
                where(), Problem{": its point-on-surface lies in " + std::to_string(t.place.containing) +
                                     " overlapping communities; counted in " + community(),
                                 "：其内点落在 " + std::to_string(t.place.containing) + " 个相互重叠的小区中；计入 " + community()});
    if (c >= 0 && 1.0 - t.place.share_inside > rules.straddle_min_outside)
        note("straddles_boundary", [&] {
            return Problem{": straddles the boundary of " + community() + ": " + pct(t.place.share_inside) +
                               " of the footprint inside; the whole building is counted there",
                           "：跨越 " + community() + " 的边界，基底面积的 " + pct(t.place.share_inside) + " 在其内；整栋楼计入该小区"};
        });
    if (t.in_planned_community && b.built_year && *b.built_year >= rules.built_before_year &&
        (!b.use_recorded || b.use == Use::residential || b.use == Use::mixed))
        note("built_2000_or_later", [&] {
            return Problem{": in planned community " + community() + " but built in " + std::to_string(*b.built_year) +
                               ", outside the plan's scope (before " + std::to_string(rules.built_before_year) + ")",
                           "：位于规划小区 " + community() + "，但建于 " + std::to_string(*b.built_year) +
                               " 年，不在规划范围内（规划范围为 " + std::to_string(rules.built_before_year) + " 年以前建成的楼栋）"};
        });
    if (t.in_plan && b.floor_area && t.floor_area_geom_m2 > 0) {
        const double off = *b.floor_area / t.floor_area_geom_m2 - 1.0;
        if (std::fabs(off) > rules.floor_area_tolerance)
            out.add(Severity::warning, "floor_area_mismatch", "buildings", b.id,
                    where(), Problem{": recorded floor area " + format_number(*b.floor_area, 0) + " m² is " +
                                         format_number(100.0 * off, 0) + " % off footprint × floors (" +
                                         format_number(t.floor_area_geom_m2, 0) + " m²)",
                                     "：登记的建筑面积 " + format_number(*b.floor_area, 0) + " m² 与基底面积 × 层数（" +
                                         format_number(t.floor_area_geom_m2, 0) + " m²）相差 " +
                                         format_number(100.0 * off, 0) + " %"});
    }
    if (t.in_plan && !b.households)
        out.add(Severity::warning, "households_missing", "buildings", b.id, where(),
                Problem{": in the plan's scope but records no households", "：在规划范围内，但未记录户数"});
    if (t.in_plan && !b.floors)
        out.add(Severity::warning, "floors_missing", "buildings", b.id, where(),
                Problem{": in the plan's scope but records no floors", "：在规划范围内，但未记录层数"});
}

void check_communities(const Dataset& ds, const std::vector<CommunityTags>& community_tags, const Coverage& coverage,
                       Findings& out) {
    for (std::size_t i = 0; i < ds.communities.size(); ++i) {
        const auto& row = coverage.communities[i];
        if (community_tags[i].planned && row.figures.buildings == 0)
            out.add(Severity::warning, "planned_community_empty", "communities", row.code,
                    locate(ds, "communities", ds.communities[i].fid, ds.communities[i].id) + " " + row.name,
                    Problem{": planned, but no building in it is in the plan's scope", "：已列入规划，但其中没有楼栋在规划范围内"});
    }
}

void check_district(const Dataset& ds, const Coverage& coverage, Findings& out) {
    const auto& d = coverage.district;
    const double split = [&] {
        double sum = 0;
        for (const auto& row : coverage.communities) sum += row.targets.buildings.value_or(0);
        return sum;
    }();
    if (d.targets.buildings && split > 0 && std::fabs(split - *d.targets.buildings) > 0.5)
        out.add(Severity::warning, "plan_split_inconsistent", "plan", "",
                where_of(ds, "plan"),
                Problem{": per-community target buildings add up to " + format_number(split, 0) + ", the district target is " +
                            format_number(*d.targets.buildings, 0),
                        "：各小区目标楼栋数合计 " + format_number(split, 0) + " 栋，全区目标为 " +
                            format_number(*d.targets.buildings, 0) + " 栋"});
}

void find_discrepancies(const Dataset& ds, const std::vector<CommunityTags>& community_tags,
                        const std::vector<BuildingTags>& building_tags, const Coverage& coverage,
                        const PlanRules& rules, Findings& out) {
    check_communities(ds, community_tags, coverage, out);
    for (std::size_t i = 0; i < ds.buildings.size(); ++i) check_building(ds.buildings[i], building_tags[i], ds, rules, out);
    check_district(ds, coverage, out);
}

}  // namespace renozone
