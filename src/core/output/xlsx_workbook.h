// Tables as an Excel workbook (libxlsxwriter): one sheet a table, its header
// row bold and frozen, numeric columns written as numbers with thousands
// separators (decimals where the column has them), the rest as text. Written
// beside the target and renamed over it, so no half-written file is left.
#pragma once

#include "core/base/table.h"

#include <string>
#include <vector>

namespace renozone {

struct WorkbookSheet {
    std::string name;  // at most 31 characters, as Excel allows
    Table table;       // numeric columns hold numbers as machines write them: "1234.5"
};

bool is_xlsx_path(const std::string& path);

// Throws OutputError naming the file when it cannot be written, or exists and !overwrite.
void write_workbook(const std::string& path, const std::vector<WorkbookSheet>& sheets, bool overwrite);

}  // namespace renozone
