#include "core/report/html_planning_sections.h"

#include "core/base/text_utils.h"
#include "core/report/html_style.h"
#include "core/report/html_table.h"

namespace renozone {
namespace {

std::string figure_text(double v) { return format_number(v, 0); }

std::string subheading(Label text, Lang lang) { return "<h3>" + escape_xml(label(lang, text)) + "</h3>"; }

std::string coverage_label(const ServedCount& c) {
    const auto pct = c.coverage_percent();
    return pct ? format_number(*pct, 1) + "%" : "-";
}

HtmlTable gaps_by_type(const std::vector<FacilityGaps>& gaps, Lang lang) {
    HtmlTable t;
    t.css_class = "facility-gaps";
    t.headers = {label(lang, Label::facility_type), label(lang, Label::radius_m), label(lang, Label::distance_method),
                 label(lang, Label::existing_facilities), label(lang, Label::households),
                 label(lang, Label::covered_households),
                 label(lang, Label::coverage), label(lang, Label::uncovered_households),
                 label(lang, Label::substandard_communities), label(lang, Label::substandard_planned),
                 label(lang, Label::uncovered_communities)};
    t.numeric = {false, true, false, true, true, true, true, true, true, true, true};
    for (const auto& g : gaps) {
        const std::string method = label(lang, g.distance_method == "network" ? Label::network : Label::euclidean);
        t.rows.push_back({facility_label(lang, g.type), figure_text(g.rule.radius_m.value), method,
                          figure_text(double(g.facilities.size())), figure_text(double(g.district.households)),
                          figure_text(double(g.district.covered_households)), coverage_label(g.district),
                          figure_text(double(g.district.uncovered_households())),
                          std::to_string(g.substandard_communities) + " / " + std::to_string(g.communities),
                          std::to_string(g.substandard_planned_communities), std::to_string(g.uncovered_communities)});
        t.row_classes.push_back(g.substandard_planned_communities > 0 ? "gap has-gaps" : "gap");
    }
    return t;
}

// Planned communities × facility types: the coverage; the row is marked when a type is below the standard.
HtmlTable planned_community_coverage(const District& district, const std::vector<FacilityGaps>& gaps, Lang lang) {
    HtmlTable t;
    t.css_class = "gaps-communities";
    t.headers = {label(lang, Label::community_id), label(lang, Label::community)};
    t.numeric = {false, false};
    for (const auto& g : gaps) {
        t.headers.push_back(facility_label(lang, g.type));
        t.numeric.push_back(true);
    }
    const auto& communities = district.data().communities;
    const auto& tags = district.analysis().communities;
    for (std::size_t i = 0; i < communities.size(); ++i) {
        if (!tags[i].planned) continue;
        std::vector<std::string> row{communities[i].id, communities[i].name};
        bool below = false;
        for (const auto& g : gaps) {  // community_rows holds every community, in layer order
            const CommunityGap* found = i < g.community_rows.size() ? &g.community_rows[i] : nullptr;
            row.push_back(found ? coverage_label(found->count) : "-");
            below = below || (found && found->substandard);
        }
        t.rows.push_back(std::move(row));
        t.row_classes.push_back(below ? "gap-community has-gaps" : "gap-community");
    }
    return t;
}

// The five figures the plan sets targets for, in the report's order.
struct PlanMeasure {
    Label name;
    double (*value)(const Figures&);
    std::optional<double> Targets::*target;
};
const PlanMeasure plan_measures[] = {
    {Label::communities, [](const Figures& f) { return double(f.communities); }, &Targets::communities},
    {Label::buildings, [](const Figures& f) { return double(f.buildings); }, &Targets::buildings},
    {Label::floor_area_m2, [](const Figures& f) { return f.floor_area_m2; }, &Targets::floor_area_m2},
    {Label::households, [](const Figures& f) { return double(f.households); }, &Targets::households},
    {Label::people, [](const Figures& f) { return f.people; }, &Targets::people},
};

std::string year_label(const std::optional<int>& year, Lang lang) {
    return year ? std::to_string(*year) : label(lang, Label::unscheduled);
}

// A table whose text columns are followed by one column per plan measure.
HtmlTable measures_table(const char* css_class, std::vector<std::string> text_headers, Lang lang) {
    HtmlTable t;
    t.css_class = css_class;
    t.numeric.assign(text_headers.size(), false);
    t.headers = std::move(text_headers);
    for (const auto& m : plan_measures) {
        t.headers.push_back(label(lang, m.name));
        t.numeric.push_back(true);
    }
    return t;
}

HtmlTable by_year_and_phase(const Phasing& p, Lang lang) {
    HtmlTable t = measures_table("phasing", {label(lang, Label::year), label(lang, Label::phase)}, lang);
    for (const auto& year : p.years)
        for (const auto& part : year.phases) {
            std::vector<std::string> row{year_label(year.year, lang),
                                         part.phase.empty() ? label(lang, Label::unphased) : phase_label(lang, part.phase)};
            for (const auto& m : plan_measures) row.push_back(figure_text(m.value(part.figures)));
            t.rows.push_back(std::move(row));
            t.row_classes.push_back("phase-part " + phase_swatch_class(part.phase, !part.phase.empty()));
        }
    return t;
}

HtmlTable cumulative_by_year(const Phasing& p, Lang lang) {
    HtmlTable t = measures_table("phasing-cumulative", {label(lang, Label::by_end_of)}, lang);
    t.headers.push_back(label(lang, Label::plan_due_buildings));
    t.numeric.push_back(true);
    for (const auto& year : p.years) {
        std::vector<std::string> row{year_label(year.year, lang)};
        for (const auto& m : plan_measures) {
            const double v = m.value(year.cumulative);
            const auto pct = percent(v, p.district_targets.*m.target);
            row.push_back(figure_text(v) + (pct ? " (" + format_number(*pct, 1) + "%)" : ""));
        }
        row.push_back(year.plan_cumulative.buildings ? figure_text(*year.plan_cumulative.buildings) : "-");
        t.rows.push_back(std::move(row));
        t.row_classes.push_back("phasing-year");
    }
    return t;
}

}  // namespace

HtmlSection facility_gaps_section(const District& district, const std::vector<FacilityGaps>& gaps,
                                  const std::vector<std::string>& unknown_types, Lang lang) {
    HtmlSection s{"facility-gaps", label(lang, Label::facility_gaps), {}};
    const double threshold = gaps.empty() ? 100 : gaps.front().threshold_percent;
    s.body = render_html(gaps_by_type(gaps, lang)) +
             html_note(std::string(label(lang, Label::gaps_threshold)) + ": " + format_number(threshold, 0) + "%");
    if (!unknown_types.empty())
        s.body += html_note(std::string(label(lang, Label::unknown_facility_types)) + ": " + join_list(unknown_types));
    s.body += subheading(Label::gaps_per_community, lang) + render_html(planned_community_coverage(district, gaps, lang)) +
              html_note(label(lang, Label::gaps_per_community_caption));
    return s;
}

HtmlSection phasing_section(const Phasing& p, bool with_project, Lang lang) {
    HtmlSection s{"phasing", label(lang, Label::phasing), {}};
    long long units = 0;
    for (const auto& item : p.items) units += item.kind == "unit";
    const long long outside = static_cast<long long>(p.items.size()) - units;
    if (!with_project) s.body += html_note(label(lang, Label::phasing_plan_only));
    s.body += html_note(std::string(label(lang, Label::phasing_items)) + ": " + label(lang, Label::phasing_units) + " " +
                        std::to_string(units) + " · " + label(lang, Label::phasing_communities_outside) + " " +
                        std::to_string(outside));
    s.body += subheading(Label::phasing_by_phase, lang) + render_html(by_year_and_phase(p, lang));
    s.body += subheading(Label::phasing_cumulative, lang) + render_html(cumulative_by_year(p, lang));
    if (p.overlapping_buildings > 0)
        s.body += html_note(std::to_string(p.overlapping_buildings) + " " + label(lang, Label::overlapping_buildings));
    return s;
}

}  // namespace renozone
