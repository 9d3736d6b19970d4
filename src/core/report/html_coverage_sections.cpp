#include "core/report/html_coverage_sections.h"

#include "core/base/text_utils.h"
#include "core/report/figures.h"
#include "core/report/html_table.h"
#include "core/report/unknown_figures.h"

#include <algorithm>

namespace renozone {
namespace {

struct Indicator {
    Label name;
    double value;
    std::optional<double> target;
};

std::vector<Indicator> indicators(const CoverageRow& row) {
    const auto& f = row.figures;
    const auto& t = row.targets;
    return {{Label::communities, double(f.communities), t.communities},
            {Label::buildings, double(f.buildings), t.buildings},
            {Label::floor_area_m2, f.floor_area_m2, t.floor_area_m2},
            {Label::households, double(f.households), t.households},
            {Label::people, f.people, t.people}};
}

std::string number(double v) { return format_number(v, 0); }
std::string signed_number(const std::optional<double>& v) {
    if (!v) return "-";
    return (*v > 0.5 ? "+" : "") + number(*v);
}

std::string card(const Indicator& i, Lang lang) {
    const auto pct = percent(i.value, i.target);
    const double bar = pct ? std::clamp(*pct, 0.0, 100.0) : 0;
    std::string out = "<div class=\"card\"><div class=\"card-label\">" + escape_xml(label(lang, i.name)) +
                      "</div><div class=\"card-value\">" + number(i.value) + "</div>";
    out += "<div class=\"bar\"><span style=\"width:" + format_number(bar, 1, false) + "%\"></span></div>";
    out += "<div class=\"card-target\">" + escape_xml(label(lang, Label::target)) + " " + optional_number(i.target) + " · " +
           optional_percent(pct) + "</div></div>";
    return out;
}

HtmlTable district_table(const CoverageRow& row, Lang lang) {
    HtmlTable t;
    t.css_class = "totals";
    t.headers = {label(lang, Label::indicator), label(lang, Label::computed), label(lang, Label::target),
                 label(lang, Label::difference), label(lang, Label::percent)};
    t.numeric = {false, true, true, true, true};
    for (const auto& i : indicators(row)) {
        const auto diff = difference(i.value, i.target);
        t.rows.push_back({label(lang, i.name), number(i.value), optional_number(i.target), signed_number(diff),
                          optional_percent(percent(i.value, i.target))});
        t.row_classes.push_back(diff && std::abs(*diff) >= 0.5 ? "off-target" : "");
    }
    return t;
}

// Computed beside target for each indicator, one row per street (or community,
// where the count of communities says nothing).
void add_figure_columns(HtmlTable& t, Lang lang, bool with_communities = true) {
    for (Label name : {Label::communities, Label::buildings, Label::floor_area_m2, Label::households, Label::people}) {
        if (name == Label::communities && !with_communities) continue;
        t.groups.push_back({label(lang, name), 2});
        t.headers.push_back(label(lang, Label::computed));
        t.headers.push_back(label(lang, Label::target));
        t.numeric.push_back(true);
        t.numeric.push_back(true);
    }
}

void add_figure_cells(std::vector<std::string>& cells, const CoverageRow& row, bool with_communities = true) {
    for (const auto& i : indicators(row)) {
        if (i.name == Label::communities && !with_communities) continue;
        cells.push_back(number(i.value));
        cells.push_back(optional_number(i.target));
    }
}

HtmlTable streets_table(const Coverage& c, Lang lang) {
    HtmlTable t;
    t.css_class = "streets";
    t.groups.push_back({"", 1});
    t.headers.push_back(label(lang, Label::street));
    t.numeric.push_back(false);
    add_figure_columns(t, lang);
    t.groups.push_back({"", 1});
    t.headers.push_back(label(lang, Label::area_percent));
    t.numeric.push_back(true);
    auto add = [&](const CoverageRow& row, const std::string& name, const std::string& css) {
        std::vector<std::string> cells{name};
        add_figure_cells(cells, row);
        cells.push_back(optional_percent(percent(row.figures.floor_area_m2, row.targets.floor_area_m2)));
        t.rows.push_back(std::move(cells));
        t.row_classes.push_back(css);
    };
    for (const auto& row : c.streets) add(row, row.name.empty() ? row.code : row.name, "street");
    add(c.district, label(lang, Label::district), "total");
    return t;
}

}  // namespace

HtmlSection totals_section(const District& district, Lang lang) {
    const auto& c = district.analysis().coverage;
    std::string body = "<div class=\"cards\">";
    for (const auto& i : indicators(c.district)) body += card(i, lang);
    body += "</div>";
    body += render_html(district_table(c.district, lang));
    if (has_unknowns(c.district.figures)) body += html_note(unknowns_sentence(c.district.figures, lang));
    body += "<h3>" + escape_xml(label(lang, Label::streets_against_plan)) + "</h3>";
    body += render_html(streets_table(c, lang));
    return {"totals", label(lang, Label::totals), body};
}

HtmlSection communities_section(const District& district, Lang lang) {
    const auto& data = district.data();
    const auto& tags = district.analysis().communities;
    const auto& rows = district.analysis().coverage.communities;
    HtmlTable planned;
    planned.css_class = "communities";
    planned.groups.push_back({"", 6});
    for (Label l : {Label::community_id, Label::community, Label::street, Label::phase, Label::year, Label::demonstration}) {
        planned.headers.push_back(label(lang, l));
        planned.numeric.push_back(l == Label::year);
    }
    add_figure_columns(planned, lang, false);
    planned.groups.push_back({"", 3});
    for (Label l : {Label::lifts, Label::lift_subsidy_cny, Label::area_percent}) {
        planned.headers.push_back(label(lang, l));
        planned.numeric.push_back(true);
    }
    HtmlTable others;
    others.css_class = "communities-unplanned";
    // The inventory of what the data holds there: floor area and households where known, the rest counted.
    others.headers = {label(lang, Label::community_id), label(lang, Label::community), label(lang, Label::street),
                      label(lang, Label::all_buildings), label(lang, Label::eligible_not_planned), label(lang, Label::footprint_m2),
                      label(lang, Label::floor_area_m2), label(lang, Label::households), label(lang, Label::records_lacking)};
    others.numeric = {false, false, false, true, true, true, true, true, true};

    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        const std::string street = tags[i].street_name.empty() ? tags[i].street_code : tags[i].street_name;
        if (!tags[i].planned) {
            const Inventory& held = row.figures.inventory;
            others.rows.push_back({row.code, data.communities[i].name, street, number(double(row.figures.all_buildings)),
                                   number(double(row.figures.eligible_not_planned)), number(held.footprint_m2), number(held.floor_area_m2),
                                   number(double(held.households)),
                                   number(double(held.floors_unknown)) + " / " + number(double(held.built_year_unknown)) + " / " +
                                       number(double(held.households_unknown))});
            others.row_classes.push_back("community-unplanned");
            continue;
        }
        std::vector<std::string> cells{row.code, data.communities[i].name, street, phase_label(lang, row.phase),
                                       row.year ? std::to_string(*row.year) : "",
                                       row.demonstration ? label(lang, Label::yes) : ""};
        add_figure_cells(cells, row, false);
        cells.push_back(number(double(row.figures.lifts)));
        cells.push_back(number(row.figures.lift_subsidy_cny));
        cells.push_back(optional_percent(percent(row.figures.floor_area_m2, row.targets.floor_area_m2)));
        planned.rows.push_back(std::move(cells));
        planned.row_classes.push_back("community");
    }
    std::string body = planned.rows.empty() ? html_note(label(lang, Label::no_planned_community)) : render_html(planned);
    if (!others.rows.empty()) {
        body += "<h3>" + escape_xml(label(lang, Label::not_planned_communities)) + "</h3>";
        body += html_note(std::string(label(lang, Label::not_planned_caption)));
        body += render_html(others);
    }
    return {"communities", label(lang, Label::per_community), body};
}

HtmlSection lifts_section(const District& district, Lang lang) {
    const auto& a = district.analysis();
    const auto& f = a.coverage.district.figures;
    HtmlTable facts;
    facts.css_class = "facts";
    facts.headers = {label(lang, Label::indicator), label(lang, Label::value)};
    facts.numeric = {false, true};
    facts.rows = {
        {label(lang, Label::lift_min_floors), std::to_string(a.rules.lift_min_floors)},
        {label(lang, Label::lift_candidates), number(double(f.lift_candidates))},
        {label(lang, Label::lifts), number(double(f.lifts))},
        {label(lang, Label::subsidy_per_lift), number(a.rules.lift_subsidy_cny)},
        {label(lang, Label::lift_subsidy_cny), number(f.lift_subsidy_cny)},
        {label(lang, Label::pipeline_share), format_number(a.rules.pipeline_subsidy_share * 100, 0) + "%"},
        {label(lang, Label::d_grade_buildings), number(double(f.d_grade))},
        {label(lang, Label::d_grade_rebuild_area), number(f.rebuild_floor_area_max_m2)},
        {label(lang, Label::heritage_buildings), number(double(f.heritage))},
    };
    HtmlTable streets;
    streets.css_class = "lifts";
    streets.headers = {label(lang, Label::street), label(lang, Label::lift_candidates), label(lang, Label::lifts),
                       label(lang, Label::lift_subsidy_cny), label(lang, Label::d_grade_buildings),
                       label(lang, Label::heritage_buildings)};
    streets.numeric = {false, true, true, true, true, true};
    auto add = [&](const CoverageRow& row, const std::string& name, const std::string& css) {
        const auto& g = row.figures;
        streets.rows.push_back({name, number(double(g.lift_candidates)), number(double(g.lifts)), number(g.lift_subsidy_cny),
                                number(double(g.d_grade)), number(double(g.heritage))});
        streets.row_classes.push_back(css);
    };
    for (const auto& row : a.coverage.streets) add(row, row.name.empty() ? row.code : row.name, "street");
    add(a.coverage.district, label(lang, Label::district), "total");

    std::string body = "<div class=\"two-columns\"><div>" + render_html(facts) + "</div><div>" + render_html(streets) +
                       html_note(std::string(label(lang, Label::lift_rule))) +
                       html_note(std::string(label(lang, Label::pipeline_rule))) + "</div></div>";
    return {"lifts", label(lang, Label::lifts_and_subsidies), body};
}

}  // namespace renozone
