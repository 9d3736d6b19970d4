#include "core/output/xlsx_workbook.h"

#include "core/base/atomic_file.h"
#include "core/base/errors.h"
#include "core/base/text_utils.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace renozone {
namespace {

// The display width Excel gives a column of these texts, in characters.
double column_width(const Table& table, std::size_t c) {
    int widest = display_width(table.headers[c]);
    for (const auto& row : table.rows)
        if (c < row.size()) widest = std::max(widest, display_width(row[c]));
    return std::min(60.0, widest + 2.0);
}

bool has_decimals(const Table& table, std::size_t c) {
    for (const auto& row : table.rows)
        if (c < row.size() && row[c].find('.') != std::string::npos) return true;
    return false;
}

void check(lxw_error error, const std::string& path) {
    if (error != LXW_NO_ERROR) throw OutputError(path + ": cannot write the workbook: " + lxw_strerror(error));
}

}  // namespace

bool is_xlsx_path(const std::string& path) { return has_extension(path, ".xlsx"); }

void write_workbook(const std::string& path, const std::vector<WorkbookSheet>& sheets, bool overwrite) {
    AtomicFile file(path, overwrite);
    lxw_workbook* book = workbook_new(file.temp_path().c_str());
    if (!book) throw OutputError(path + ": cannot create the workbook");
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8ECF2);
    lxw_format* whole = workbook_add_format(book);
    format_set_num_format(whole, "#,##0");
    lxw_format* decimal = workbook_add_format(book);
    format_set_num_format(decimal, "#,##0.00");
    for (const auto& sheet : sheets) {
        lxw_worksheet* ws = workbook_add_worksheet(book, sheet.name.c_str());
        if (!ws) {
            workbook_close(book);
            throw OutputError(path + ": cannot add the sheet '" + sheet.name + "'");
        }
        const Table& t = sheet.table;
        for (std::size_t c = 0; c < t.headers.size(); ++c) {
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), t.headers[c].c_str(), header);
            const bool numeric = c < t.numeric.size() && t.numeric[c];
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), column_width(t, c),
                                 numeric ? (has_decimals(t, c) ? decimal : whole) : nullptr);
        }
        worksheet_freeze_panes(ws, 1, 0);
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
                const std::string& cell = t.rows[r][c];
                const auto row = static_cast<lxw_row_t>(r + 1);
                const auto col = static_cast<lxw_col_t>(c);
                const bool numeric = c < t.numeric.size() && t.numeric[c];
                const auto number = numeric ? parse_leading_number(cell) : std::nullopt;
                if (cell.empty()) continue;  // an empty cell, not a zero
                if (number && std::isfinite(*number)) worksheet_write_number(ws, row, col, *number, nullptr);
                else worksheet_write_string(ws, row, col, cell.c_str(), nullptr);
            }
    }
    check(workbook_close(book), path);
    file.commit();
}

}  // namespace renozone
