#include "core/analysis/tagging.h"

#include "core/base/batch_pipeline.h"
#include "core/base/name_match.h"
#include "core/base/text_utils.h"
#include "core/io/source.h"

#include <array>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace renozone {
namespace {

std::string street_containing(const Dataset& ds, const Community& c) {
    if (!c.geom) return {};
    GEOSContextHandle_t ctx = ds.geos->get();
    GeomPtr point = own(ctx, GEOSPointOnSurface_r(ctx, c.geom.get()));
    for (const auto& s : ds.streets)
        if (s.geom && point && GEOSContains_r(ctx, s.geom.get(), point.get()) == 1) return s.code;
    return {};
}

}  // namespace

namespace {

// Every combination of N flag bits as its codes, comma-separated, in bit order.
template <std::size_t N>
std::vector<std::string> flag_texts(const std::array<const char*, N>& codes) {
    std::vector<std::string> texts(std::size_t(1) << N);
    for (std::size_t f = 0; f < texts.size(); ++f)
        for (std::size_t bit = 0; bit < N; ++bit)
            if (f & (std::size_t(1) << bit)) {
                if (!texts[f].empty()) texts[f] += ',';
                texts[f] += codes[bit];
            }
    return texts;
}

}  // namespace

std::uint8_t year_reason(const Building& b, int cutoff) {
    if (b.built_year) return *b.built_year >= cutoff ? BuildingTags::built_2000_or_later : 0;
    if (!b.built_period) return BuildingTags::built_year_missing;
    if (b.built_period->latest && *b.built_period->latest < cutoff) return 0;  // wholly before: "1981-1990年", "1980年以前"
    if (b.built_period->earliest && *b.built_period->earliest >= cutoff) return BuildingTags::built_2000_or_later;
    return b.built_period->earliest || b.built_period->latest ? BuildingTags::built_period_straddles_cutoff
                                                              : BuildingTags::built_year_missing;  // "about 1999"
}

const std::string& reason_codes(std::uint8_t flags) {
    static const auto all = flag_texts(std::array<const char*, 8>{"no_geometry", "no_community", "built_year_missing", "built_2000_or_later",
                                                                  "not_residential", "use_unknown", "not_in_town",
                                                                  "built_period_straddles_cutoff"});
    return all[flags];
}

const std::string& BuildingTags::unknowns() const {
    static const auto all = flag_texts(std::array<const char*, 3>{"floors", "floor_area", "households"});
    return all[unknown_flags & 7];
}

bool street_code_is_town(const std::string& code) {
    if (code.size() < 9) return true;  // unknown: communities are urban by definition
    const char kind = code[6];
    return kind == '0' || kind == '1';
}

std::vector<CommunityTags> tag_communities(const Dataset& ds, Findings& findings) {
    std::vector<CommunityTags> tags(ds.communities.size());
    std::unordered_map<std::string, int> by_id, by_name;
    std::unordered_map<std::string, std::vector<int>> by_loose_name;
    for (std::size_t i = 0; i < ds.communities.size(); ++i) {
        const auto& c = ds.communities[i];
        by_id.emplace(c.id, static_cast<int>(i));
        if (!c.name.empty()) by_loose_name[loose_name_key(c.name)].push_back(static_cast<int>(i));
        auto [it, inserted] = by_name.emplace(name_key(c.name), static_cast<int>(i));
        if (!inserted && !c.name.empty()) {
            const std::string other = feature_label(ds.communities[it->second].fid, ds.communities[it->second].id);
            findings.add(Severity::warning, "duplicate_name", "communities", c.id,
                         locate(ds, "communities", c.fid, c.id),
                         Problem{": name '" + abbreviate(c.name) + "' is also used by " + other +
                                     "; plan rows naming it match the first",
                                 "：名称 '" + abbreviate(c.name) + "' 也被 " + other + " 使用；按名称匹配的规划行对应 " + other});
        }
    }
    for (std::size_t p = 0; p < ds.plan.size(); ++p) {
        const auto& entry = ds.plan[p];
        int match = -1;
        if (auto it = by_id.find(entry.community_id); !entry.community_id.empty() && it != by_id.end()) match = it->second;
        else if (auto jt = by_name.find(name_key(entry.community_name)); jt != by_name.end()) match = jt->second;
        const std::string label = entry.community_id.empty() ? entry.community_name : entry.community_id;
        const std::string shown = abbreviate(label);
        // "凤山路" for 凤山路小区: one community, or the planner must say which.
        if (match < 0 && !entry.community_name.empty())
            if (auto kt = by_loose_name.find(loose_name_key(entry.community_name)); kt != by_loose_name.end()) {
                if (kt->second.size() == 1) {
                    match = kt->second.front();
                } else {
                    std::vector<std::string> names;
                    for (int c : kt->second) names.push_back(ds.communities[c].name + " (" + ds.communities[c].id + ")");
                    findings.add(Severity::error, "plan_community_ambiguous", "plan", label, entry.source,
                                 Problem{": community '" + shown + "' could be " + join_list(names, ", ", " or ") + "; name it in full or by id",
                                         "：小区 '" + shown + "' 可能是 " + join_list(names, "、", " 或 ") + "；请写全名或编号"});
                    continue;
                }
            }
        if (match < 0) {
            const std::string named = entry.community_id.empty() || entry.community_name.empty()
                                          ? "'" + shown + "'"
                                          : "'" + shown + "' (" + abbreviate(entry.community_name) + ")";
            findings.add(Severity::error, "plan_community_missing", "plan", label,
                         entry.source, Problem{": community " + named + " is not in " + where_of(ds, "communities"),
                                               "：小区 " + named + " 不在 " + where_of(ds, "communities") + " 中"});
            continue;
        }
        if (tags[match].planned) {
            findings.add(Severity::warning, "plan_duplicate_row", "plan", label,
                         entry.source, Problem{": community '" + shown + "' appears in more than one plan row; the first counts",
                                               "：小区 '" + shown + "' 出现在多行规划中；以第一行为准"});
            continue;
        }
        auto& t = tags[match];
        t.plan_entry = static_cast<int>(p);
        t.planned = true;
        t.phase = entry.phase;
        t.year = entry.year;
        t.demonstration = entry.demonstration;
        t.path = entry.path;
    }
    for (std::size_t i = 0; i < ds.communities.size(); ++i) {
        auto& t = tags[i];
        const auto& c = ds.communities[i];
        t.street_code = c.street_code;
        if (t.street_code.empty() && t.planned) t.street_code = ds.plan[t.plan_entry].street_code;
        if (t.street_code.empty()) t.street_code = street_containing(ds, c);
        for (const auto& s : ds.streets)
            if (s.code == t.street_code) t.street_name = s.name;
    }
    return tags;
}

BuildingTags tag_building(const Building& b, const Placement& place, const std::vector<CommunityTags>& communities,
                          const PlanRules& rules) {
    BuildingTags t;
    t.place = place;
    const int c = t.place.community;
    const CommunityTags* community = c >= 0 ? &communities[c] : nullptr;
    t.in_planned_community = community && community->planned;

    if (!t.place.has_footprint) t.reason_flags |= BuildingTags::no_geometry;
    else if (!community) t.reason_flags |= BuildingTags::no_community;
    t.reason_flags |= year_reason(b, rules.built_before_year);
    if (b.use_recorded && (b.use == Use::commercial || b.use == Use::public_service || b.use == Use::industrial))
        t.reason_flags |= BuildingTags::not_residential;
    else if (b.use_recorded && b.use == Use::unknown) t.reason_flags |= BuildingTags::use_unknown;
    if (community && !street_code_is_town(community->street_code)) t.reason_flags |= BuildingTags::not_in_town;
    t.eligible = t.reason_flags == 0;
    t.in_plan = (t.eligible || t.eligibility_unknown()) && t.in_planned_community;

    if (!b.floors) t.unknown_flags |= BuildingTags::floors_unknown;
    if (!b.floors && !b.floor_area) t.unknown_flags |= BuildingTags::floor_area_unknown;
    if (!b.households) t.unknown_flags |= BuildingTags::households_unknown;
    const int floors = b.floors.value_or(0);
    t.floor_area_geom_m2 = t.place.footprint_m2 * floors;
    t.floor_area_estimated = !b.floor_area;
    t.floor_area_m2 = b.floor_area.value_or(t.floor_area_geom_m2);
    t.households = b.households.value_or(0);
    t.people_estimated = !b.people;
    t.people = b.people ? *b.people : t.households * rules.people_per_household;
    t.lift_candidate = floors >= rules.lift_min_floors;
    if (t.lift_candidate) t.lifts = b.stairwells && *b.stairwells > 0 ? *b.stairwells : 1;
    t.lift_subsidy_cny = t.lifts * rules.lift_subsidy_cny;
    t.d_grade = b.safety_grade == "D";
    if (t.d_grade) t.rebuild_floor_area_max_m2 = t.floor_area_m2 * (1.0 + rules.d_grade_extra_area_share);
    return t;
}

std::vector<BuildingTags> tag_buildings(const Dataset& ds, const std::vector<CommunityTags>& communities,
                                        const std::vector<Placement>& places, const PlanRules& rules, int threads) {
    std::vector<BuildingTags> tags(ds.buildings.size());
    // Each building's tags depend on it alone: any split gives the same tags.
    run_batches<IndexRanges::Range, bool>(threads, IndexRanges(ds.buildings.size(), 65536), [&] {
        return [&](IndexRanges::Range& range, bool&) {
            for (std::size_t i = range.first; i < range.second; ++i) tags[i] = tag_building(ds.buildings[i], places[i], communities, rules);
        };
    });
    return tags;
}

}  // namespace renozone
