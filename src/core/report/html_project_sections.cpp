#include "core/report/html_project_sections.h"

#include "core/base/text_utils.h"
#include "core/planning/content_items.h"
#include "core/planning/plan_departments.h"
#include "core/report/html_table.h"
#include "core/vocabulary/unit_warning_text.h"

namespace renozone {
namespace {

std::string number(double v) { return format_number(v, 0); }

// Units may record the lead department by its number in the plan; people read its name.
std::string department_name(const std::string& recorded) {
    const Department* d = recorded.empty() ? nullptr : find_department(recorded);
    return d ? d->name : recorded;
}

std::string spaced_list(const std::string& comma_separated) {
    std::string out;
    for (char c : comma_separated) out += c == ',' ? std::string(", ") : std::string(1, c);
    return out;
}

// Content items have Chinese names only; English readers get their keys.
std::string content_text(const std::vector<std::string>& keys, Lang lang) {
    std::string out;
    for (const auto& key : keys) {
        const ContentItem* item = find_content_item(key);
        out += (out.empty() ? "" : lang == Lang::zh ? "、" : ", ") + (item && lang == Lang::zh ? item->name : key);
    }
    return out;
}

Label verdict_label(const std::string& verdict) {
    if (verdict == "fail") return Label::fail;
    if (verdict == "warn") return Label::warn;
    return Label::pass;
}

// "同意（条件：须增设围栏；2026-12-08，张三）", or "未决定".
std::string decision_cell(const StoredSiteCheck& c, Lang lang) {
    if (!c.decision) return label(lang, Label::decision_pending);
    const SiteDecisionRow& d = *c.decision;
    const bool zh = lang == Lang::zh;
    std::vector<std::string> parts;
    if (!d.reason.empty()) parts.push_back((zh ? "理由：" : "reason: ") + d.reason);
    if (!d.conditions.empty()) parts.push_back((zh ? "条件：" : "conditions: ") + d.conditions);
    parts.push_back(d.decision_date + (zh ? "，" : ", ") + d.decided_by);
    return std::string(zh ? decision_zh(d.decision) : decision_key(d.decision)) + (zh ? "（" : " (") +
           join_list(parts, zh ? "；" : "; ", zh ? "；" : "; ") + (zh ? "）" : ")");
}

}  // namespace

HtmlSection units_section(const District& district, const ProjectContent* project, Lang lang) {
    HtmlSection s{"units", label(lang, Label::implementation_units), {}};
    if (!project || project->units.empty()) {
        s.body = html_note(label(lang, project ? Label::units_none : Label::no_project));
        return s;
    }
    HtmlTable t;
    t.css_class = "units";
    t.headers = {label(lang, Label::unit_id), label(lang, Label::name), label(lang, Label::phase), label(lang, Label::year),
                 label(lang, Label::path), label(lang, Label::lead_department), label(lang, Label::buildings),
                 label(lang, Label::floor_area_m2), label(lang, Label::households), label(lang, Label::lifts),
                 label(lang, Label::total_subsidy_cny), label(lang, Label::budget_cny), label(lang, Label::warnings)};
    t.numeric = {true, false, false, true, false, false, true, true, true, true, true, true, false};
    for (const auto& unit : project->units) {
        if (!unit.geom) continue;
        std::vector<const GEOSGeometry*> others;
        for (const auto& other : project->units)
            if (other.id != unit.id && other.geom) others.push_back(other.geom.get());
        const auto e = evaluate_unit(district, unit.geom.get(), unit.attributes.money, others);
        const auto& a = unit.attributes;
        t.rows.push_back({std::to_string(unit.id), a.name, phase_label(lang, a.phase), a.year ? std::to_string(*a.year) : "",
                          path_label(lang, a.path), department_name(a.lead_department),
                          number(double(e.figures.buildings)), number(e.figures.floor_area_m2),
                          number(double(e.figures.households)), number(double(e.figures.lifts)), number(e.subsidy.total_cny),
                          a.budget_cny ? number(*a.budget_cny) : "", unit_warnings_text(e.warnings, lang)});
        t.row_classes.push_back(e.warnings.empty() ? "unit" : "unit has-warnings");
    }
    s.body = render_html(t);
    return s;
}

HtmlSection site_checks_section(const ProjectContent* project, Lang lang) {
    HtmlSection s{"site-checks", label(lang, Label::site_checks), {}};
    if (!project || project->site_checks.empty()) {
        s.body = html_note(label(lang, project ? Label::site_checks_none : Label::no_project));
        return s;
    }
    HtmlTable t;
    t.css_class = "site-checks";
    t.headers = {label(lang, Label::unit_id), label(lang, Label::facility_type), label(lang, Label::verdict),
                 label(lang, Label::households_served), label(lang, Label::distance_method), label(lang, Label::radius_m),
                 label(lang, Label::site_area_m2), label(lang, Label::failed_rules), label(lang, Label::warned_rules),
                 label(lang, Label::checked), label(lang, Label::decision)};
    t.numeric = {true, false, false, true, false, true, true, false, false, false, false};
    for (const auto& c : project->site_checks) {
        const std::string method = c.distance_method == "network"     ? label(lang, Label::network)
                                   : c.distance_method == "euclidean" ? label(lang, Label::euclidean)
                                                                      : c.distance_method;
        const std::string follows = !c.follows ? "" : lang == Lang::zh ? "（接续 " + std::to_string(*c.follows) + "）"
                                                                        : " (follows " + std::to_string(*c.follows) + ")";
        t.rows.push_back({std::to_string(c.id) + follows, facility_label(lang, c.type), label(lang, verdict_label(c.verdict)),
                          number(double(c.households_served)), method, number(c.radius_m),
                          c.area_m2 > 0 ? number(c.area_m2) : "", spaced_list(c.failed_rules), spaced_list(c.warned_rules),
                          c.checked, decision_cell(c, lang)});
        t.row_classes.push_back("site-check verdict-" + std::string(c.verdict == "fail" || c.verdict == "warn" ? c.verdict : "pass"));
    }
    s.body = render_html(t);
    return s;
}

HtmlSection ledger_section(const ProjectContent* project, Lang lang) {
    HtmlSection s{"ledger", label(lang, Label::ledger), {}};
    if (!project || project->ledger.empty()) {
        s.body = html_note(label(lang, project ? Label::ledger_none : Label::ledger_no_project));
        return s;
    }
    HtmlTable t;
    t.css_class = "ledger";
    t.headers = {label(lang, Label::unit_id), label(lang, Label::name), label(lang, Label::lead_department),
                 label(lang, Label::phase), label(lang, Label::year), label(lang, Label::buildings),
                 label(lang, Label::floor_area_m2), label(lang, Label::households), label(lang, Label::content),
                 label(lang, Label::investment_cny), label(lang, Label::total_subsidy_cny), label(lang, Label::progress),
                 label(lang, Label::dates)};
    t.numeric = {true, false, false, false, true, true, true, true, false, true, true, false, false};
    for (const auto& r : project->ledger) {
        const std::string dates = r.start_date.empty() && r.end_date.empty() ? "" : r.start_date + " – " + r.end_date;
        std::string progress = r.progress_percent ? format_number(*r.progress_percent, 0) + "%" : "";
        if (!r.progress_note.empty()) progress += (progress.empty() ? "" : " ") + r.progress_note;
        t.rows.push_back({std::to_string(r.id), r.name, department_name(r.lead_department), phase_label(lang, r.phase),
                          r.year ? std::to_string(*r.year) : "", number(double(r.scale.buildings)),
                          number(r.scale.floor_area_m2), number(double(r.scale.households)), content_text(r.content, lang),
                          r.investment_cny ? number(*r.investment_cny) : "", number(r.subsidy.total_cny), progress, dates});
        t.row_classes.push_back("ledger-project");
    }
    s.body = render_html(t);
    return s;
}

}  // namespace renozone
