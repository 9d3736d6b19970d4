// A table as HTML: optional grouped header row, right-aligned numeric
// columns, a class per row. Every cell is text and is escaped.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace renozone {

struct HtmlTable {
    std::string css_class;
    std::vector<std::pair<std::string, int>> groups;  // a header row above `headers`: text and column span
    std::vector<std::string> headers;
    std::vector<bool> numeric;  // per column; missing means text
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row_classes;  // per row; missing or empty means none
};

std::string render_html(const HtmlTable& table);

}  // namespace renozone
