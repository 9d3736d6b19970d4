#include "core/report/html_report.h"

#include "core/base/text_utils.h"
#include "core/report/html_coverage_sections.h"
#include "core/report/html_data_sections.h"
#include "core/report/html_planning_sections.h"
#include "core/report/html_project_sections.h"
#include "core/report/html_style.h"
#include "core/report/svg_map.h"

namespace renozone {
namespace {

constexpr double map_width = 1200;

HtmlSection map_section(const District& district, const HtmlReportOptions& o) {
    SvgMapOptions m;
    m.width = map_width;
    m.lang = o.lang;
    if (o.project) m.units = &o.project->units, m.site_checks = &o.project->site_checks;
    return {"map", label(o.lang, Label::map),
            "<figure>" + svg_map(district, m) + "<figcaption>" + escape_xml(label(o.lang, Label::map_caption)) +
                "</figcaption></figure>"};
}

std::string header(const District& district, const HtmlReportOptions& o) {
    std::string streets;
    for (const auto& s : district.analysis().coverage.streets)
        streets += (streets.empty() ? "" : " · ") + (s.name.empty() ? s.code : s.name);
    std::string out = "<header><h1>" + escape_xml(label(o.lang, Label::title)) + "</h1><p>" +
                      escape_xml(label(o.lang, Label::subtitle)) + (streets.empty() ? "" : " — " + escape_xml(streets)) + "</p>";
    out += "<p>" + escape_xml(label(o.lang, Label::generated)) + ": " +
           escape_xml(o.generated.empty() ? utc_now_iso() : o.generated);
    if (o.project) out += " · " + escape_xml(label(o.lang, Label::project)) + ": " + escape_xml(o.project->name);
    out += "</p></header>";
    return out;
}

std::string notice(const District& district, Lang lang) {
    const std::string& text = district.data().data_notice;
    if (text.empty()) return {};
    return "<aside class=\"notice\" id=\"data-notice\"><strong>" + escape_xml(label(lang, Label::data_notice)) +
           "</strong>: " + escape_xml(text) + "</aside>";
}

HtmlSection computed_gaps_section(const District& district, const HtmlReportOptions& o) {
    const SiteChecker checker(district, o.rules ? *o.rules : load_default_site_rules());
    return facility_gaps_section(district, all_facility_gaps(checker, o.gaps, o.progress), unknown_facility_types(checker),
                                 o.lang);
}

HtmlSection computed_phasing_section(const District& district, const HtmlReportOptions& o) {
    static const std::vector<StoredUnit> no_units;
    return phasing_section(compute_phasing(district, o.project ? o.project->units : no_units), o.project != nullptr, o.lang);
}

std::string contents(const std::vector<HtmlSection>& sections, Lang lang) {
    std::string out = "<nav><strong>" + escape_xml(label(lang, Label::contents)) + "</strong><ol>";
    for (const auto& s : sections) out += "<li><a href=\"#" + s.id + "\">" + escape_xml(s.title) + "</a></li>";
    return out + "</ol></nav>";
}

}  // namespace

std::string html_report(const District& district, const HtmlReportOptions& o) {
    const Lang lang = o.lang;
    const std::vector<HtmlSection> sections{
        totals_section(district, lang),
        map_section(district, o),
        communities_section(district, lang),
        lifts_section(district, lang),
        units_section(district, o.project, lang),
        site_checks_section(o.project, lang),
        computed_gaps_section(district, o),
        computed_phasing_section(district, o),
        ledger_section(o.project, lang),
        discrepancies_section(district, lang),
        rules_section(district, lang),
    };

    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_tag(lang)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + escape_xml(label(lang, Label::title)) + "</title>\n<style>" + html_report_css() + phase_swatch_css() +
           "</style>\n</head>\n<body>\n";
    out += header(district, o) + "\n<main>\n" + notice(district, lang) + contents(sections, lang) + "\n";
    for (const auto& s : sections)
        out += "<section id=\"" + s.id + "\"><h2>" + escape_xml(s.title) + "</h2>\n" + s.body + "\n</section>\n";
    out += "</main>\n<footer>renozone · " + escape_xml(label(lang, Label::title)) + "</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace renozone
