#include "core/report/table_workbook.h"

#include "core/output/xlsx_workbook.h"
#include "core/vocabulary/field_titles.h"

namespace renozone {

void write_table_workbook(const std::string& path, const std::string& sheet, Table table, Lang lang, bool overwrite) {
    for (auto& header : table.headers) header = field_title(header, lang);
    write_workbook(path, {{sheet, std::move(table)}}, overwrite);
}

}  // namespace renozone
