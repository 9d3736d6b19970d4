// The coverage report in the forms people and programs read: a terminal
// summary, one table (CSV/Markdown) and the JSON contract.
#pragma once

#include "core/analysis/analysis.h"
#include "core/base/table.h"

#include <nlohmann/json.hpp>

namespace renozone {

// One row per district, street and community, computed beside target.
// For machines (CSV) numbers are plain; for people they carry separators.
Table coverage_table(const Coverage& coverage, bool for_machines = false);
// Every building placed, per street and community, whatever the plan says.
Table inventory_table(const Coverage& coverage);

// District block with targets, difference and percent, then the table.
std::string coverage_text(const Dataset& ds, const Analysis& analysis);

// {"district": {...}, "targets": {...}, "streets": [...], "communities": [...], ...}
nlohmann::ordered_json coverage_json(const Dataset& ds, const Analysis& analysis);

// coverage_json(ds, analysis).dump(2) and a newline, with the communities'
// rows written on `threads` threads.
std::string coverage_json_text(const Dataset& ds, const Analysis& analysis, int threads = 1);

// The report as `renozone report --format FORMAT` writes it, for every shell
// that saves one: text, csv, json or markdown. Throws UsageError for another.
const std::vector<std::string>& coverage_report_formats();
std::string coverage_report(const Dataset& ds, const Analysis& analysis, const std::string& format, int threads = 1);

}  // namespace renozone
