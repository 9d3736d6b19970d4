#include "core/report/html_data_sections.h"

#include "core/base/text_utils.h"
#include "core/report/html_table.h"

#include <algorithm>
#include <map>
#include <regex>
#include <tuple>

namespace renozone {
namespace {

Label severity_label(Severity s, bool plural) {
    switch (s) {
    case Severity::error: return plural ? Label::errors : Label::severity_error;
    case Severity::warning: return plural ? Label::warnings_count : Label::severity_warning;
    case Severity::info: break;
    }
    return plural ? Label::notes_count : Label::severity_info;
}

// Messages name input files by their absolute path; a report people pass around keeps only the file's name.
std::string without_folders(const std::string& message) {
    static const std::regex folders(R"((^|[\s'"(])(?:[A-Za-z]:)?[\\/](?:[^\s'"/\\:]+[\\/])+([^\s'"/\\]+))");
    return std::regex_replace(message, folders, "$1$2");
}

struct Kind {
    long long count = 0;
    std::string example;
};

}  // namespace

HtmlSection discrepancies_section(const District& district, Lang lang) {
    const Findings& findings = district.analysis().discrepancies;
    std::string summary;
    for (Severity s : {Severity::error, Severity::warning, Severity::info}) {
        const auto n = findings.count(s);
        summary += "<span class=\"pill" + (n > 0 ? " severity-" + std::string(severity_name(s)) : std::string()) + "\">" +
                   format_number(double(n), 0) + " " + escape_xml(label(lang, severity_label(s, true))) + "</span>";
    }
    summary += "<span class=\"pill\">" + format_number(double(findings.repairs.size()), 0) + " " +
               escape_xml(label(lang, Label::repairs)) + "</span>";

    // Most severe first, then the most frequent.
    std::map<std::tuple<int, std::string, std::string>, Kind> kinds;
    for (const auto& f : findings.items) {
        Kind& k = kinds[{-static_cast<int>(f.severity), f.code, f.layer}];
        if (k.count++ == 0) k.example = without_folders(f.message);
    }
    std::vector<std::pair<std::tuple<int, std::string, std::string>, Kind>> sorted(kinds.begin(), kinds.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        const int sa = std::get<0>(a.first), sb = std::get<0>(b.first);
        return sa != sb ? sa < sb : a.second.count > b.second.count;
    });
    HtmlTable t;
    t.css_class = "discrepancies";
    t.headers = {label(lang, Label::severity), label(lang, Label::code), label(lang, Label::layer), label(lang, Label::count),
                 label(lang, Label::example)};
    t.numeric = {false, false, false, true, false};
    for (const auto& [key, kind] : sorted) {
        const auto severity = static_cast<Severity>(-std::get<0>(key));
        t.rows.push_back({label(lang, severity_label(severity, false)), std::get<1>(key), std::get<2>(key),
                          format_number(double(kind.count), 0), kind.example});
        t.row_classes.push_back("severity-" + std::string(severity_name(severity)));
    }
    std::string body = "<p class=\"pills\">" + summary + "</p>";
    if (!t.rows.empty()) body += render_html(t);
    return {"discrepancies", label(lang, Label::discrepancies), body};
}

HtmlSection rules_section(const District& district, Lang lang) {
    const auto& r = district.analysis().rules;
    std::string body = "<ul class=\"rules\">";
    body += "<li>" + escape_xml(label(lang, Label::rule_scope)) + "</li>";
    body += "<li>" + escape_xml(label(lang, Label::lift_min_floors)) + ": " + std::to_string(r.lift_min_floors) + "; " +
            escape_xml(label(lang, Label::subsidy_per_lift)) + ": " + format_number(r.lift_subsidy_cny, 0) + "</li>";
    body += "<li>" + escape_xml(label(lang, Label::lift_rule)) + "</li>";
    body += "<li>" + escape_xml(label(lang, Label::pipeline_share)) + ": " +
            format_number(r.pipeline_subsidy_share * 100, 0) + "%</li>";
    body += "<li>" + escape_xml(label(lang, Label::people_per_household)) + ": " +
            format_number(r.people_per_household, 2) + "</li>";
    body += "<li>" + escape_xml(label(lang, Label::assignment_rule)) + "</li>";
    body += "</ul>";
    const auto& notes = district.data().notes;
    if (!notes.empty()) {
        body += "<h3>" + escape_xml(label(lang, Label::input_notes)) + "</h3><ul class=\"notes\">";
        for (const auto& n : notes) body += "<li>" + escape_xml(n) + "</li>";
        body += "</ul>";
    }
    return {"rules", label(lang, Label::rules), body};
}

}  // namespace renozone
