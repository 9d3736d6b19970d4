// A report's machine table (the columns its CSV has) as an Excel sheet with
// the fields' titles for headers, in the language asked for.
#pragma once

#include "core/base/table.h"
#include "core/vocabulary/report_labels.h"

#include <string>

namespace renozone {

// Throws OutputError as write_workbook does.
void write_table_workbook(const std::string& path, const std::string& sheet, Table table, Lang lang, bool overwrite);

}  // namespace renozone
