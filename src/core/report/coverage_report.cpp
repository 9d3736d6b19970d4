#include "core/report/coverage_report.h"

#include "core/base/batch_pipeline.h"
#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/report/figures.h"
#include "core/report/unknown_figures.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace renozone {
namespace {

using json = nlohmann::ordered_json;

// A JSON object written key after key. The keys are the contract's, so none
// repeats: no need for the ordered object's search of its keys on every insert,
// nor for initializer lists that copy every value (together half of the 0.3 s
// the report took for 10,000 communities).
class JsonObject {
public:
    JsonObject& add(const char* key, json value) {
        value_.get_ref<json::object_t&>().emplace_back(key, std::move(value));
        return *this;
    }
    json take() { return std::move(value_); }

private:
    json value_ = json::object();
};

// The keys of the JSON contract, in its order.
void add_figures(JsonObject& out, const Figures& f) {
    out.add("communities", f.communities)
        .add("buildings", f.buildings)
        .add("floor_area_m2", round_to(f.floor_area_m2, 2))
        .add("households", f.households)
        .add("people", round_to(f.people, 1))
        .add("lifts", f.lifts)
        .add("lift_subsidy_cny", round_to(f.lift_subsidy_cny, 2))
        .add("footprint_m2", round_to(f.footprint_m2, 2))
        .add("floor_area_geom_m2", round_to(f.floor_area_geom_m2, 2))
        .add("lift_candidates", f.lift_candidates)
        .add("d_grade_buildings", f.d_grade)
        .add("d_grade_rebuild_floor_area_max_m2", round_to(f.rebuild_floor_area_max_m2, 2))
        .add("heritage_buildings", f.heritage)
        .add("eligible_not_planned", f.eligible_not_planned)
        .add("all_buildings", f.all_buildings)
        .add("eligibility_unknown", f.eligibility_unknown)
        .add("floors_unknown", f.floors_unknown)
        .add("floor_area_unknown", f.floor_area_unknown)
        .add("households_unknown", f.households_unknown)
        .add("inventory", JsonObject()
                              .add("buildings", f.inventory.buildings)
                              .add("footprint_m2", round_to(f.inventory.footprint_m2, 2))
                              .add("floor_area_m2", round_to(f.inventory.floor_area_m2, 2))
                              .add("floor_area_unknown", f.inventory.floor_area_unknown)
                              .add("households", f.inventory.households)
                              .add("households_unknown", f.inventory.households_unknown)
                              .add("floors_unknown", f.inventory.floors_unknown)
                              .add("built_year_unknown", f.inventory.built_year_unknown)
                              .take());
}

json figures_json(const Figures& f) {
    JsonObject out;
    add_figures(out, f);
    return out.take();
}

json opt_json(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json targets_json(const Targets& t) {
    return JsonObject()
        .add("communities", opt_json(t.communities))
        .add("buildings", opt_json(t.buildings))
        .add("floor_area_m2", opt_json(t.floor_area_m2))
        .add("households", opt_json(t.households))
        .add("people", opt_json(t.people))
        .add("lifts", nullptr)
        .add("lift_subsidy_cny", nullptr)
        .take();
}

json row_json(const CoverageRow& row, bool community) {
    JsonObject out;
    if (community) {
        out.add("id", row.code)
            .add("name", row.name)
            .add("street_code", row.street_code)
            .add("planned", row.planned)
            .add("phase", row.phase)
            .add("year", row.year ? json(*row.year) : json(nullptr))
            .add("demonstration", row.demonstration)
            .add("path", row.path);
    } else {
        out.add("code", row.code).add("name", row.name);
    }
    add_figures(out, row.figures);
    out.add("targets", targets_json(row.targets));
    return out.take();
}

std::vector<std::string> table_row(const CoverageRow& r, bool for_machines) {
    const auto& f = r.figures;
    const auto& t = r.targets;
    const bool sep = !for_machines;
    const int area_decimals = for_machines ? 2 : 0;
    auto value = [&](double v, int decimals = 0) { return format_number(v, decimals, sep); };
    auto target = [&](const std::optional<double>& v, int decimals = 0) {
        return for_machines && !v ? std::string() : optional_number(v, decimals, sep);
    };
    const auto pct = percent(f.floor_area_m2, t.floor_area_m2);
    return {r.level, r.code, r.name, r.phase, r.year ? std::to_string(*r.year) : "", for_machines ? (r.demonstration ? "1" : "0") : (r.demonstration ? "示范" : ""),
            value(double(f.buildings)), target(t.buildings), value(f.floor_area_m2, area_decimals),
            target(t.floor_area_m2, area_decimals), value(double(f.households)), target(t.households),
            value(f.people, for_machines ? 1 : 0), target(t.people), value(double(f.lifts)), value(f.lift_subsidy_cny),
            for_machines ? (pct ? format_number(*pct, 2, false) : "") : optional_percent(pct)};
}

std::vector<std::string> inventory_row(const CoverageRow& r) {
    const Inventory& i = r.figures.inventory;
    auto n = [](double v) { return format_number(v, 0); };
    return {r.level, r.code, r.name, n(double(i.buildings)), n(i.footprint_m2), n(i.floor_area_m2), n(double(i.floor_area_unknown)),
            n(double(i.households)), n(double(i.households_unknown)), n(double(i.floors_unknown)), n(double(i.built_year_unknown))};
}

}  // namespace

Table inventory_table(const Coverage& coverage) {
    Table t;
    t.headers = {"level", "code", "name 名称", "buildings 栋", "footprint m² 基底", "floor area m² 面积", "area unknown 缺面积",
                 "households 户", "hh unknown 缺户数", "floors unknown 缺层数", "year unknown 缺年份"};
    t.numeric = {false, false, false, true, true, true, true, true, true, true, true};
    t.rows.push_back(inventory_row(coverage.district));
    for (const auto& row : coverage.streets) t.rows.push_back(inventory_row(row));
    for (const auto& row : coverage.communities) t.rows.push_back(inventory_row(row));
    return t;
}

Table coverage_table(const Coverage& coverage, bool for_machines) {
    Table t;
    if (for_machines)
        t.headers = {"level", "code", "name", "phase", "year", "demonstration", "buildings", "target_buildings",
                     "floor_area_m2", "target_floor_area_m2", "households", "target_households", "people",
                     "target_people", "lifts", "lift_subsidy_cny", "floor_area_pct"};
    else
        t.headers = {"level", "code", "name 名称", "phase 阶段", "year", "demo", "buildings 栋", "target", "floor area m²",
                     "target", "households 户", "target", "people 人", "target", "lifts", "lift subsidy CNY", "area %"};
    t.numeric = {false, false, false, false, false, false, true, true, true, true, true, true, true, true, true, true, true};
    t.rows.push_back(table_row(coverage.district, for_machines));
    for (const auto& row : coverage.streets) t.rows.push_back(table_row(row, for_machines));
    for (const auto& row : coverage.communities) t.rows.push_back(table_row(row, for_machines));
    return t;
}

std::string coverage_text(const Dataset& ds, const Analysis& analysis) {
    const auto& d = analysis.coverage.district;
    const auto& f = d.figures;
    const auto& t = d.targets;
    Table summary;
    summary.headers = {"district 全区", "communities 小区", "buildings 栋", "floor area m² 面积", "households 户", "people 人"};
    summary.numeric = {false, true, true, true, true, true};
    auto values = std::vector<double>{double(f.communities), double(f.buildings), f.floor_area_m2, double(f.households), f.people};
    auto targets = std::vector<std::optional<double>>{t.communities, t.buildings, t.floor_area_m2, t.households, t.people};
    std::vector<std::string> computed{"computed 计算"}, target{"plan target 规划目标"}, diff{"difference 差"}, pct{"percent 完成"};
    for (std::size_t i = 0; i < values.size(); ++i) {
        computed.push_back(format_number(values[i], 0));
        target.push_back(optional_number(targets[i]));
        diff.push_back(optional_number(difference(values[i], targets[i])));
        pct.push_back(optional_percent(percent(values[i], targets[i])));
    }
    summary.rows = {computed, target, diff, pct};

    std::string out = render_text(summary);
    out += "\nlift candidates (≥" + std::to_string(analysis.rules.lift_min_floors) + " floors) " +
           format_number(double(f.lift_candidates), 0) + ", lifts " + format_number(double(f.lifts), 0) +
           ", potential lift subsidy CNY " + format_number(f.lift_subsidy_cny, 0) + "; D-grade buildings " +
           format_number(double(f.d_grade), 0) + "; heritage buildings " + format_number(double(f.heritage), 0) +
           "; eligible but not planned " + format_number(double(f.eligible_not_planned), 0) + "\n";
    if (has_unknowns(f)) out += unknowns_sentence(f, Lang::en) + "\n";
    out += "findings: " + std::to_string(analysis.discrepancies.count(Severity::error)) + " errors, " +
           std::to_string(analysis.discrepancies.count(Severity::warning)) + " warnings, " +
           std::to_string(analysis.discrepancies.count(Severity::info)) + " notes, " +
           std::to_string(analysis.discrepancies.repairs.size()) + " geometries repaired\n\n";
    if (analysis.coverage.district.figures.communities == 0) {
        // No plan, or none of its communities in the data: what the data holds is the report.
        out += "no planned community: the inventory of every building placed, per street and community "
               "(floor area and households where known; the unknowns counted)\n";
        out += render_text(inventory_table(analysis.coverage));
    } else {
        out += render_text(coverage_table(analysis.coverage));
    }
    for (const auto& note : ds.notes) out += "note: " + note + "\n";
    return out;
}

namespace {

// Everything but the communities' rows when `rows` is false: their array is left empty.
json coverage_document(const Dataset& ds, const Analysis& analysis, bool rows) {
    const auto& c = analysis.coverage;
    json out;
    out["district"] = figures_json(c.district.figures);
    out["targets"] = targets_json(c.district.targets);
    json& streets = out["streets"] = json::array();
    for (const auto& row : c.streets) streets.push_back(row_json(row, false));
    json& communities = out["communities"] = json::array();
    if (rows) {
        communities.get_ref<json::array_t&>().reserve(c.communities.size());
        for (const auto& row : c.communities) communities.push_back(row_json(row, true));
    }
    const auto& r = analysis.rules;
    out["rules"] = json{{"built_before_year", r.built_before_year}, {"lift_min_floors", r.lift_min_floors},
                        {"lift_subsidy_cny", r.lift_subsidy_cny}, {"pipeline_subsidy_share", r.pipeline_subsidy_share},
                        {"d_grade_extra_area_share", r.d_grade_extra_area_share},
                        {"people_per_household_when_not_recorded", r.people_per_household},
                        {"lifts_rule", "one lift per stairwell when recorded, else one per building of lift_min_floors or more"},
                        {"assignment", "community containing the building's GEOS point-on-surface"}};
    out["findings"] = json{{"errors", analysis.discrepancies.count(Severity::error)},
                           {"warnings", analysis.discrepancies.count(Severity::warning)},
                           {"notes", analysis.discrepancies.count(Severity::info)},
                           {"repairs", analysis.discrepancies.repairs.size()}};
    out["notes"] = ds.notes;
    if (!ds.data_notice.empty()) out["data_notice"] = ds.data_notice;
    return out;
}

std::string dumped(const json& value) { return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace); }

// The communities' array as dump() writes it one level down, the rows
// written on `threads` threads: each row dumped alone, then indented to its
// depth (no newline is left inside a dumped string, so every one is a line break).
std::string community_rows_json(const std::vector<CoverageRow>& rows, int threads) {
    const std::size_t chunk = std::max<std::size_t>(256, rows.size() / std::max(threads, 1) + 1);
    auto chunks = run_batches<IndexRanges::Range, std::string>(threads, IndexRanges(rows.size(), chunk), [&] {
        return [&](IndexRanges::Range& range, std::string& out) {
            for (std::size_t i = range.first; i < range.second; ++i) {
                out += i == 0 ? "[\n    " : ",\n    ";
                for (char ch : dumped(row_json(rows[i], true))) {
                    out += ch;
                    if (ch == '\n') out += "    ";
                }
            }
        };
    });
    std::string out;
    for (const auto& text : chunks) out += text;
    return out + "\n  ]";
}

}  // namespace

json coverage_json(const Dataset& ds, const Analysis& analysis) { return coverage_document(ds, analysis, true); }

std::string coverage_json_text(const Dataset& ds, const Analysis& analysis, int threads) {
    std::string text = dumped(coverage_document(ds, analysis, false)) + "\n";
    const auto& rows = analysis.coverage.communities;
    if (rows.empty()) return text;
    // At the document's first level, where no other key and no string can be.
    const std::string empty_rows = "\n  \"communities\": []";
    const std::size_t at = text.find(empty_rows);
    if (at == std::string::npos) throw std::logic_error("coverage JSON without its communities");
    return text.replace(at + empty_rows.size() - 2, 2, community_rows_json(rows, threads));
}

const std::vector<std::string>& coverage_report_formats() {
    static const std::vector<std::string> formats{"text", "csv", "json", "markdown"};
    return formats;
}

std::string coverage_report(const Dataset& ds, const Analysis& analysis, const std::string& format, int threads) {
    if (format == "json") return coverage_json_text(ds, analysis, threads);
    if (format == "csv") return render_csv(coverage_table(analysis.coverage, true));
    if (format == "markdown") return render_markdown(coverage_table(analysis.coverage));
    if (format == "text") return coverage_text(ds, analysis);
    throw UsageError("unknown report format '" + format + "': text, csv, json or markdown");
}

}  // namespace renozone
