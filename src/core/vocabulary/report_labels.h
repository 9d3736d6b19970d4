// Every label the HTML report and the SVG map print, in Chinese and English,
// kept in one table so a translation is one place to edit.
#pragma once

#include <map>
#include <string>

namespace renozone {

enum class Lang { zh, en };

// "zh", "zh-CN" or "en" (any case); throws UsageError.
Lang parse_lang(const std::string& text);
const char* lang_tag(Lang lang);  // the HTML lang attribute: zh-CN, en

enum class Label {
    title,
    subtitle,
    generated,
    project,
    data_notice,
    contents,
    // totals
    totals,
    district,
    street,
    indicator,
    computed,
    target,
    difference,
    percent,
    communities,
    buildings,
    floor_area_m2,
    households,
    people,
    streets_against_plan,
    // map
    map,
    map_caption,
    legend_phase_implement,
    legend_phase_plan,
    legend_phase_reserve,
    legend_not_planned,
    legend_in_plan,
    legend_eligible_not_planned,
    legend_other_building,
    legend_river,
    legend_road,
    legend_street_boundary,
    legend_heritage,
    legend_unit,
    legend_site_check,
    north,
    metres,
    // communities
    per_community,
    community_id,
    community,
    phase,
    year,
    demonstration,
    path,
    lifts,
    lift_subsidy_cny,
    area_percent,
    not_planned_communities,
    not_planned_caption,
    footprint_m2,
    records_lacking,
    no_planned_community,
    eligible_not_planned,
    all_buildings,
    // lifts and subsidies
    lifts_and_subsidies,
    lift_candidates,
    lift_min_floors,
    lift_rule,
    subsidy_per_lift,
    pipeline_subsidy,
    pipeline_share,
    pipeline_rule,
    d_grade_buildings,
    d_grade_rebuild_area,
    heritage_buildings,
    value,
    // project
    implementation_units,
    units_none,
    no_project,
    unit_id,
    name,
    lead_department,
    pipeline_subsidy_cny,
    total_subsidy_cny,
    budget_cny,
    warnings,
    updated,
    site_checks,
    site_checks_none,
    facility_type,
    verdict,
    households_served,
    distance_method,
    radius_m,
    site_area_m2,
    network,
    euclidean,
    failed_rules,
    warned_rules,
    checked,
    decision,
    decision_pending,
    pass,
    warn,
    fail,
    // facility gaps
    facility_gaps,
    existing_facilities,
    covered_households,
    coverage,
    uncovered_households,
    substandard_communities,
    substandard_planned,
    uncovered_communities,
    gaps_threshold,
    gaps_per_community,
    gaps_per_community_caption,
    unknown_facility_types,
    // phasing
    phasing,
    phasing_by_phase,
    phasing_cumulative,
    by_end_of,
    plan_due_buildings,
    unscheduled,
    unphased,
    phasing_items,
    phasing_units,
    phasing_communities_outside,
    phasing_plan_only,
    overlapping_buildings,
    // ledger
    ledger,
    ledger_none,
    ledger_no_project,
    content,
    investment_cny,
    progress,
    dates,
    // findings
    discrepancies,
    errors,
    warnings_count,
    notes_count,
    repairs,
    severity,
    severity_error,
    severity_warning,
    severity_info,
    code,
    layer,
    count,
    example,
    rules,
    rule_scope,
    people_per_household,
    assignment_rule,
    input_notes,
    yes,
    no,
    count_  // keep last
};

const char* label(Lang lang, Label key);

// Phase 实施 / 谋划 / 储备 as the language writes it; empty stays empty.
// A key's words in both languages, and the key's words in one: the key itself
// when the table has none.
struct Pair {
    const char* zh;
    const char* en;
};
std::string lookup(const std::map<std::string, Pair>& table, Lang lang, const std::string& key);

std::string phase_label(Lang lang, const std::string& phase);

// Renovation path 综合改造 / 管理提升 / 自建联建 as the language writes it.
std::string path_label(Lang lang, const std::string& path);

// Building use (residential, mixed, commercial, public, industrial) as the language writes it.
std::string use_label(Lang lang, const std::string& use);

// A measure's unit as the site check writes it (m, m², households, communities,
// m² per 100 households) as the language writes it: households → 户.
std::string measure_unit_label(Lang lang, const std::string& unit);

// Facility type (elderly_care, kindergarten, ...) as people name it; unknown types as given.
std::string facility_label(Lang lang, const std::string& type);

}  // namespace renozone
