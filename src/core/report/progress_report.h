// The ledger's monthly progress (月度进度) for people and machines: a table
// (terminal text, CSV, Markdown, XLSX), JSON, and one self-contained HTML page
// the housing committee can print.
#pragma once

#include "core/base/table.h"
#include "core/planning/monthly_progress.h"

#include <nlohmann/json.hpp>

#include <string>

namespace renozone {

// One row a project: progress at the end of the month and of the month before, the change, the note, who changed it.
Table monthly_progress_table(const MonthlyProgress& progress, bool for_machines);
// The totals, then the table.
std::string monthly_progress_text(const MonthlyProgress& progress);
nlohmann::ordered_json monthly_progress_json(const MonthlyProgress& progress);
std::string monthly_progress_html(const MonthlyProgress& progress, const std::string& project_name);

}  // namespace renozone
