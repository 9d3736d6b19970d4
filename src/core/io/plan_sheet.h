// The plan as a planner keeps it in a spreadsheet (小区名单.xlsx): a title and
// notes above the header row, Chinese headers with their units (建筑面积（㎡）),
// no ids, a totals row at the bottom. The header row is found by its name
// column; each row below it becomes a plan entry named by its row number, and
// the communities are matched by name (tag_communities).
#pragma once

#include "core/base/findings.h"
#include "core/io/source.h"
#include "core/model/model.h"

#include <string>
#include <vector>

namespace renozone {

// .xlsx, .xls, .ods: read as a sheet, not as a table with its header on row 1.
bool is_spreadsheet(const std::string& path);

// The rows of the sheet (spec.layer, else the first) as plan entries, their
// source "plan.xlsx: sheet '小区名单': row 5". Throws InputError when no row
// names the communities' column (小区名称, 小区, 项目名称 or 名称). A totals row
// (合计, 总计) is left out and checked against the rows: a difference is a
// warning. Where: "plan.xlsx: sheet '小区名单'".
std::vector<PlanEntry> load_plan_sheet(const SourceSpec& spec, Findings& findings, std::string& where);

}  // namespace renozone
