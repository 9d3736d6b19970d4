#include "core/base/table.h"

#include "core/base/text_utils.h"

#include <algorithm>

namespace renozone {
namespace {

std::string pad(const std::string& cell, int width, bool right) {
    const std::string fill(static_cast<std::size_t>(std::max(0, width - display_width(cell))), ' ');
    return right ? fill + cell : cell + fill;
}

std::string csv_cell(const std::string& cell) {
    if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string markdown_cell(const std::string& cell) {
    std::string out;
    for (char c : cell) out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

bool is_numeric(const Table& t, std::size_t column) { return column < t.numeric.size() && t.numeric[column]; }

}  // namespace

std::string render_text(const Table& table) {
    std::vector<int> widths(table.headers.size(), 0);
    for (std::size_t c = 0; c < table.headers.size(); ++c) widths[c] = display_width(table.headers[c]);
    for (const auto& row : table.rows)
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            if (c) out += "  ";
            out += pad(c < cells.size() ? cells[c] : "", widths[c], is_numeric(table, c));
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::string out = line(table.headers);
    std::vector<std::string> rule;
    for (int w : widths) rule.push_back(std::string(static_cast<std::size_t>(w), '-'));
    out += line(rule);
    for (const auto& row : table.rows) out += line(row);
    return out;
}

std::string render_csv(const Table& table) {
    auto line = [](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c) out += ',';
            out += csv_cell(cells[c]);
        }
        out += '\n';
        return out;
    };
    std::string out = line(table.headers);
    for (const auto& row : table.rows) out += line(row);
    return out;
}

std::string render_markdown(const Table& table) {
    auto line = [](const std::vector<std::string>& cells) {
        std::string out = "|";
        for (const auto& cell : cells) {
            out += ' ';
            out += markdown_cell(cell);
            out += " |";
        }
        out += '\n';
        return out;
    };
    std::string out = line(table.headers) + "|";
    for (std::size_t c = 0; c < table.headers.size(); ++c) out += is_numeric(table, c) ? " ---: |" : " --- |";
    out += "\n";
    for (const auto& row : table.rows) out += line(row);
    return out;
}

}  // namespace renozone
