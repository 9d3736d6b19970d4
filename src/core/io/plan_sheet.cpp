#include "core/io/plan_sheet.h"

#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/base/text_utils.h"
#include "core/io/plan_loader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <array>
#include <cmath>
#include <map>

namespace renozone {
namespace {

enum SheetColumn { name, street, phase, year, buildings, floor_area, households, people, columns };

// Header texts of each column, compared without units, brackets or spaces.
const std::array<std::vector<std::string>, columns>& header_words() {
    static const std::array<std::vector<std::string>, columns> words = {{
        {"小区名称", "小区", "项目名称", "名称", "community", "community_name", "name"},
        {"所属街道", "街道", "街道（镇）", "street"},
        {"改造批次", "实施阶段", "阶段", "批次", "phase"},
        {"计划年度", "实施年度", "改造年度", "年度", "年份", "year"},
        {"楼栋数", "栋数", "楼栋", "buildings"},
        {"建筑面积", "改造面积", "面积", "floor_area"},
        {"户数", "住户数", "households"},
        {"人数", "人口", "惠及人口", "居民人数", "people"},
    }};
    return words;
}

// "建筑面积（㎡）" → "建筑面积", "户数(户)" → "户数", " 楼栋数 " → "楼栋数".
std::string header_key(const std::string& raw) {
    std::string text = to_lower_ascii(trim(fold_full_width(raw)));
    for (const char* open : {"（", "("}) {
        if (const auto at = text.find(open); at != std::string::npos) text.erase(at);
    }
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') out += c;
    return out;
}

bool is_totals(const std::string& text) {
    const std::string key = header_key(text);
    return key.find("合计") != std::string::npos || key.find("总计") != std::string::npos || key == "total";
}

// "113,116" and "113 116" → 113116; "2024年" → 2024.
std::optional<double> cell_number(const std::string& raw) {
    std::string text;
    for (char c : fold_full_width(raw))
        if (c != ',' && c != ' ') text += c;
    if (trim(text).empty()) return std::nullopt;
    return parse_leading_number(text);
}

std::vector<std::string> row_cells(OGRFeature& f) {
    std::vector<std::string> cells(f.GetFieldCount());
    for (int i = 0; i < f.GetFieldCount(); ++i)
        if (f.IsFieldSetAndNotNull(i)) cells[i] = trim(f.GetFieldAsString(i));
    return cells;
}

// Column index of each known header in the row; -1 where it has none. The name
// column found is the row's promise of being the header.
std::array<int, columns> header_columns(const std::vector<std::string>& cells) {
    std::array<int, columns> found;
    found.fill(-1);
    for (int c = 0; c < columns; ++c)
        for (std::size_t i = 0; i < cells.size() && found[c] < 0; ++i)
            for (const auto& word : header_words()[c])
                if (header_key(cells[i]) == word) {
                    found[c] = static_cast<int>(i);
                    break;
                }
    return found;
}

}  // namespace

bool is_spreadsheet(const std::string& path) {
    return has_extension(path, ".xlsx") || has_extension(path, ".xls") || has_extension(path, ".ods");
}

std::vector<PlanEntry> load_plan_sheet(const SourceSpec& spec, Findings& findings, std::string& where) {
    init_gdal();
    const char* options[] = {"HEADERS=DISABLE", "FIELD_TYPES=STRING", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(spec.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options));
    if (!ds) throw InputError(spec.path, {"cannot open the spreadsheet: " + take_last_gdal_error(), "无法打开表格：" + take_last_gdal_error()});
    OGRLayer* sheet = spec.layer.empty() ? (ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr) : ds->GetLayerByName(spec.layer.c_str());
    if (!sheet) throw InputError(spec.path, {"no sheet '" + spec.layer + "'", "没有工作表“" + spec.layer + "”"});
    where = spec.path + ": sheet '" + sheet->GetName() + "'";

    std::array<int, columns> at;
    at.fill(-1);
    std::vector<PlanEntry> entries;
    std::array<double, 4> sums{}, totals{};
    bool has_totals = false;
    std::string totals_row;
    for (auto& feature : *sheet) {
        const std::vector<std::string> cells = row_cells(*feature);
        const std::string row = "row " + std::to_string(feature->GetFID());
        if (at[name] < 0) {
            const auto found = header_columns(cells);
            if (found[name] >= 0) at = found;
            continue;  // the title, notes and the header itself
        }
        auto cell = [&](SheetColumn c) { return at[c] >= 0 && at[c] < int(cells.size()) ? cells[at[c]] : std::string(); };
        bool empty = true;
        for (const auto& text : cells) empty = empty && text.empty();
        if (empty) continue;
        const std::array<SheetColumn, 4> figures = {buildings, floor_area, households, people};
        if (is_totals(cell(name)) || (!cells.empty() && is_totals(cells[0]))) {
            has_totals = true;
            totals_row = row;
            for (std::size_t k = 0; k < figures.size(); ++k) totals[k] = cell_number(cell(figures[k])).value_or(0);
            continue;
        }
        PlanEntry e;
        e.source = where + ": " + row;
        e.community_name = cell(name);
        if (e.community_name.empty()) {
            findings.add(Severity::error, "plan_row_unnamed", "plan", row, e.source,
                         Problem{": names no community (the 小区名称 cell is empty)", "：未指明小区（小区名称为空）"});
            continue;
        }
        const std::string street_text = cell(street);
        if (!street_text.empty() && street_text.find_first_not_of("0123456789") == std::string::npos) e.street_code = street_text;
        e.phase = normalise_phase(cell(phase));
        if (const auto y = cell_number(cell(year)); y && *y >= 1990 && *y <= 2100) e.year = static_cast<int>(*y);
        e.target_buildings = cell_number(cell(buildings));
        e.target_floor_area = cell_number(cell(floor_area));
        e.target_households = cell_number(cell(households));
        e.target_people = cell_number(cell(people));
        const std::array<std::optional<double>, 4> values = {e.target_buildings, e.target_floor_area, e.target_households, e.target_people};
        for (std::size_t k = 0; k < values.size(); ++k) sums[k] += values[k].value_or(0);
        entries.push_back(std::move(e));
    }
    if (at[name] < 0)
        throw InputError(where, {"no header row naming the communities (小区名称, 小区, 项目名称 or 名称)",
                                 "找不到含小区名称（小区名称、小区、项目名称或名称）的表头行"});
    if (has_totals) {
        const std::array<const char*, 4> names = {"buildings", "floor area", "households", "people"};
        for (std::size_t k = 0; k < sums.size(); ++k)
            if (totals[k] != 0 && std::abs(totals[k] - sums[k]) > 0.5)
                findings.add(Severity::warning, "plan_totals_differ", "plan", totals_row, where + ": " + totals_row,
                             Problem{": the totals row gives " + format_number(totals[k], 0) + " " + names[k] + ", its rows add up to " +
                                         format_number(sums[k], 0),
                                     "：合计行为 " + format_number(totals[k], 0) + "，各行之和为 " + format_number(sums[k], 0)});
    }
    return entries;
}

}  // namespace renozone
