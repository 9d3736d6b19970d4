#include "core/analysis/coverage.h"

#include <map>

namespace renozone {
namespace {

void add_target(std::optional<double>& sum, const std::optional<double>& value) {
    if (value) sum = sum.value_or(0) + *value;
}

}  // namespace

void add_targets(Targets& sum, const Targets& part) {
    add_target(sum.communities, part.communities);
    add_target(sum.buildings, part.buildings);
    add_target(sum.floor_area_m2, part.floor_area_m2);
    add_target(sum.households, part.households);
    add_target(sum.people, part.people);
}

void add_figures(Figures& sum, const Figures& part) {
    sum.communities += part.communities;
    sum.buildings += part.buildings;
    sum.footprint_m2 += part.footprint_m2;
    sum.floor_area_m2 += part.floor_area_m2;
    sum.floor_area_geom_m2 += part.floor_area_geom_m2;
    sum.households += part.households;
    sum.people += part.people;
    sum.lift_candidates += part.lift_candidates;
    sum.lifts += part.lifts;
    sum.lift_subsidy_cny += part.lift_subsidy_cny;
    sum.d_grade += part.d_grade;
    sum.rebuild_floor_area_max_m2 += part.rebuild_floor_area_max_m2;
    sum.heritage += part.heritage;
    sum.eligible_not_planned += part.eligible_not_planned;
    sum.all_buildings += part.all_buildings;
    sum.eligibility_unknown += part.eligibility_unknown;
    sum.floors_unknown += part.floors_unknown;
    sum.floor_area_unknown += part.floor_area_unknown;
    sum.households_unknown += part.households_unknown;
    sum.inventory.add(part.inventory);
}

Targets entry_targets(const PlanEntry& e) {
    return {1.0, e.target_buildings, e.target_floor_area, e.target_households, e.target_people};
}

void Inventory::add(const Inventory& part) {
    buildings += part.buildings;
    footprint_m2 += part.footprint_m2;
    floor_area_m2 += part.floor_area_m2;
    floor_area_unknown += part.floor_area_unknown;
    households += part.households;
    households_unknown += part.households_unknown;
    floors_unknown += part.floors_unknown;
    built_year_unknown += part.built_year_unknown;
}

void Figures::add_building(const Building& b, const BuildingTags& t) {
    ++all_buildings;
    ++inventory.buildings;
    inventory.footprint_m2 += t.place.footprint_m2;
    inventory.floor_area_m2 += t.floor_area_m2;
    inventory.floor_area_unknown += t.unknown_flags & BuildingTags::floor_area_unknown ? 1 : 0;
    inventory.households += t.households;
    inventory.households_unknown += t.unknown_flags & BuildingTags::households_unknown ? 1 : 0;
    inventory.floors_unknown += t.unknown_flags & BuildingTags::floors_unknown ? 1 : 0;
    inventory.built_year_unknown +=
        t.reason_flags & (BuildingTags::built_year_missing | BuildingTags::built_period_straddles_cutoff) ? 1 : 0;
    if (t.eligible && !t.in_plan) ++eligible_not_planned;
    if (!t.in_plan) return;
    ++buildings;
    footprint_m2 += t.place.footprint_m2;
    floor_area_m2 += t.floor_area_m2;
    floor_area_geom_m2 += t.floor_area_geom_m2;
    households += t.households;
    people += t.people;
    lift_candidates += t.lift_candidate ? 1 : 0;
    lifts += t.lifts;
    lift_subsidy_cny += t.lift_subsidy_cny;
    d_grade += t.d_grade ? 1 : 0;
    rebuild_floor_area_max_m2 += t.rebuild_floor_area_max_m2;
    heritage += b.heritage ? 1 : 0;
    eligibility_unknown += t.eligibility_unknown() ? 1 : 0;
    floors_unknown += t.unknown_flags & BuildingTags::floors_unknown ? 1 : 0;
    floor_area_unknown += t.unknown_flags & BuildingTags::floor_area_unknown ? 1 : 0;
    households_unknown += t.unknown_flags & BuildingTags::households_unknown ? 1 : 0;
}

CoverageBuilder::CoverageBuilder(const Dataset& ds, const std::vector<CommunityTags>& community_tags) {
    coverage_.communities.resize(ds.communities.size());
    for (std::size_t i = 0; i < ds.communities.size(); ++i) {
        const auto& c = ds.communities[i];
        const auto& t = community_tags[i];
        auto& row = coverage_.communities[i];
        row = {"community", c.id, c.name, t.street_code, t.planned, t.phase, t.year, t.demonstration, t.path, {}, {}};
        if (t.planned) {
            row.figures.communities = 1;
            row.targets = entry_targets(ds.plan[t.plan_entry]);
        }
    }
}

void CoverageBuilder::add(const Building& b, const BuildingTags& t) {
    const int c = t.place.community;
    (c >= 0 ? coverage_.communities[static_cast<std::size_t>(c)].figures : unplaced_).add_building(b, t);
}

Coverage CoverageBuilder::finish(const Dataset& ds) && {
    Coverage coverage = std::move(coverage_);
    const Figures& unplaced = unplaced_;
    std::map<std::string, CoverageRow> streets;
    for (const auto& s : ds.streets) streets[s.code] = {"street", s.code, s.name, s.code, false, "", {}, false, "", {}, {}};
    for (const auto& row : coverage.communities) {
        auto& street = streets[row.street_code];
        street.level = "street";
        street.code = street.street_code = row.street_code;
        street.planned = street.planned || row.planned;
        add_figures(street.figures, row.figures);
        add_targets(street.targets, row.targets);
    }
    for (auto& [code, row] : streets) coverage.streets.push_back(std::move(row));

    auto& district = coverage.district;
    district.level = "district";
    district.name = "district";
    district.planned = true;
    for (const auto& street : coverage.streets) {
        add_figures(district.figures, street.figures);
        add_targets(district.targets, street.targets);
    }
    add_figures(district.figures, unplaced);
    // The plan's own district totals are facts; they win over the sum of the per-community split.
    const auto& t = ds.targets;
    if (auto v = t.get("communities")) district.targets.communities = v;
    if (auto v = t.get("buildings")) district.targets.buildings = v;
    if (auto v = t.get("floor_area_m2")) district.targets.floor_area_m2 = v;
    if (auto v = t.get("households")) district.targets.households = v;
    if (auto v = t.get("people")) district.targets.people = v;
    return coverage;
}

Coverage compute_coverage(const Dataset& ds, const std::vector<CommunityTags>& community_tags,
                          const std::vector<BuildingTags>& building_tags) {
    CoverageBuilder builder(ds, community_tags);
    for (std::size_t i = 0; i < ds.buildings.size(); ++i) builder.add(ds.buildings[i], building_tags[i]);
    return std::move(builder).finish(ds);
}

std::optional<double> difference(double value, const std::optional<double>& target) {
    if (!target) return std::nullopt;
    return value - *target;
}

std::optional<double> percent(double value, const std::optional<double>& target) {
    if (!target || *target == 0) return std::nullopt;
    return 100.0 * value / *target;
}

}  // namespace renozone
