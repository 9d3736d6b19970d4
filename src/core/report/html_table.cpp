#include "core/report/html_table.h"

#include "core/base/text_utils.h"

namespace renozone {
namespace {

bool numeric_column(const HtmlTable& t, std::size_t column) { return column < t.numeric.size() && t.numeric[column]; }

std::string class_attribute(const std::string& css_class) {
    return css_class.empty() ? std::string() : " class=\"" + escape_xml(css_class) + "\"";
}

}  // namespace

std::string render_html(const HtmlTable& t) {
    std::string out = "<div class=\"table-wrap\"><table" + class_attribute(t.css_class) + "><thead>";
    if (!t.groups.empty()) {
        out += "<tr class=\"group\">";
        for (const auto& [text, span] : t.groups)
            out += "<th" + (span > 1 ? " colspan=\"" + std::to_string(span) + "\"" : std::string()) + ">" +
                   escape_xml(text) + "</th>";
        out += "</tr>";
    }
    out += "<tr>";
    for (std::size_t c = 0; c < t.headers.size(); ++c)
        out += std::string(numeric_column(t, c) ? "<th class=\"num\">" : "<th>") + escape_xml(t.headers[c]) + "</th>";
    out += "</tr></thead><tbody>";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        out += "<tr" + class_attribute(r < t.row_classes.size() ? t.row_classes[r] : std::string()) + ">";
        for (std::size_t c = 0; c < t.rows[r].size(); ++c)
            out += std::string(numeric_column(t, c) ? "<td class=\"num\">" : "<td>") + escape_xml(t.rows[r][c]) + "</td>";
        out += "</tr>";
    }
    out += "</tbody></table></div>";
    return out;
}

}  // namespace renozone
