// A plain table of text cells and its renderings: aligned terminal text
// (Chinese characters count two columns), CSV and Markdown.
#pragma once

#include <string>
#include <vector>

namespace renozone {

struct Table {
    std::vector<std::string> headers;
    std::vector<bool> numeric;  // right-aligned columns
    std::vector<std::vector<std::string>> rows;
};

std::string render_text(const Table& table);
std::string render_csv(const Table& table);
std::string render_markdown(const Table& table);

}  // namespace renozone
