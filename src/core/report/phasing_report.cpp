#include "core/report/phasing_report.h"

#include "core/base/text_utils.h"
#include "core/report/figures.h"

#include <cmath>

namespace renozone {
namespace {

using json = nlohmann::ordered_json;

std::string year_text(const std::optional<int>& y) { return y ? std::to_string(*y) : "unscheduled 未定"; }
std::string phase_text(const std::string& phase) { return phase.empty() ? "-" : phase; }

// The five figures the plan sets targets for.
struct Measure {
    const char* key;
    const char* label;
    int decimals;
    double (*value)(const Figures&);
    std::optional<double> Targets::*target;
};
const Measure measures[] = {
    {"communities", "communities 小区", 0, [](const Figures& f) { return double(f.communities); }, &Targets::communities},
    {"buildings", "buildings 栋", 0, [](const Figures& f) { return double(f.buildings); }, &Targets::buildings},
    {"floor_area_m2", "floor area m² 面积", 0, [](const Figures& f) { return f.floor_area_m2; }, &Targets::floor_area_m2},
    {"households", "households 户", 0, [](const Figures& f) { return double(f.households); }, &Targets::households},
    {"people", "people 人", 0, [](const Figures& f) { return f.people; }, &Targets::people},
};

// Whole numbers without decimals, the rest to the cent.

json figures_json(const Figures& f) {
    return json{{"communities", f.communities},       {"buildings", f.buildings},
                {"floor_area_m2", round_to(f.floor_area_m2, 2)}, {"households", f.households},
                {"people", round_to(f.people, 1)},     {"lifts", f.lifts}};
}

json targets_json(const Targets& t) {
    json out;
    for (const auto& m : measures) out[m.key] = t.*m.target ? json(*(t.*m.target)) : json(nullptr);
    return out;
}

json percent_json(const Figures& f, const Targets& t) {
    json out;
    for (const auto& m : measures) {
        const auto p = percent(m.value(f), t.*m.target);
        out[m.key] = p ? json(round_to(*p, 2)) : json(nullptr);
    }
    return out;
}

}  // namespace

std::string phasing_text(const Phasing& p) {
    Table by_phase{{"year 年度", "phase 阶段"}, {false, false}, {}};
    for (const auto& m : measures) {
        by_phase.headers.push_back(m.label);
        by_phase.numeric.push_back(true);
    }
    for (const auto& year : p.years)
        for (const auto& part : year.phases) {
            std::vector<std::string> row{year_text(year.year), phase_text(part.phase)};
            for (const auto& m : measures) row.push_back(format_number(m.value(part.figures), m.decimals));
            by_phase.rows.push_back(row);
        }

    Table cumulative{{"by end of 截至"}, {false}, {}};
    for (const auto& m : measures) {
        cumulative.headers.push_back(m.label);
        cumulative.numeric.push_back(true);
    }
    cumulative.headers.push_back("plan table due 规划应完成 栋");
    cumulative.numeric.push_back(true);
    for (const auto& year : p.years) {
        std::vector<std::string> row{year_text(year.year)};
        for (const auto& m : measures) {
            const double v = m.value(year.cumulative);
            const auto pct = percent(v, p.district_targets.*m.target);
            row.push_back(format_number(v, m.decimals) + (pct ? " (" + format_number(*pct, 1) + "%)" : ""));
        }
        row.push_back(year.plan_cumulative.buildings ? format_number(*year.plan_cumulative.buildings, 0) : "-");
        cumulative.rows.push_back(row);
    }

    std::string targets;
    for (const auto& m : measures)
        if (p.district_targets.*m.target)
            targets += (targets.empty() ? "" : ", ") + format_number(*(p.district_targets.*m.target), 0) + " " + m.key;
    long long units = 0;
    for (const auto& item : p.items) units += item.kind == "unit";
    std::string out = "phasing 分期: " + std::to_string(units) + " unit(s), " +
                      std::to_string(p.items.size() - units) + " planned communities outside units\n\n" +
                      render_text(by_phase) + "\ncumulative 累计 (percent of the plan's district targets)\n" +
                      render_text(cumulative);
    if (!targets.empty()) out += "district targets 规划目标: " + targets + "\n";
    if (p.overlapping_buildings > 0)
        out += std::to_string(p.overlapping_buildings) + " building(s) lie in more than one unit: counted in the lowest unit id\n";
    return out;
}

Table phasing_table(const Phasing& p) {
    Table t{{"row", "year", "phase", "kind", "id", "name"}, {false, true, false, false, false, false}, {}};
    for (const auto& m : measures) t.headers.push_back(m.key);
    for (const auto& m : measures) t.headers.push_back(std::string("cumulative_") + m.key);
    for (const auto& m : measures) t.headers.push_back(std::string("plan_cumulative_") + m.key);
    for (const auto& m : measures) t.headers.push_back(std::string("percent_of_target_") + m.key);
    t.numeric.resize(t.headers.size(), true);
    auto row = [&](const std::string& kind_of_row, const std::optional<int>& year, const std::string& phase,
                   const std::string& kind, const std::string& id, const std::string& name, const Figures& f,
                   const PhasingYear* totals) {
        std::vector<std::string> r{kind_of_row, year ? std::to_string(*year) : "", phase, kind, id, name};
        for (const auto& m : measures) r.push_back(amount_text(m.value(f)));
        for (const auto& m : measures) r.push_back(totals ? amount_text(m.value(totals->cumulative)) : "");
        for (const auto& m : measures) r.push_back(totals ? amount_text(totals->plan_cumulative.*m.target) : "");
        for (const auto& m : measures)
            r.push_back(totals ? amount_text(percent(m.value(totals->cumulative), p.district_targets.*m.target)) : "");
        t.rows.push_back(r);
    };
    for (const auto& item : p.items) row("item", item.year, item.phase, item.kind, item.id, item.name, item.figures, nullptr);
    for (const auto& year : p.years) {
        for (const auto& part : year.phases) row("phase", year.year, part.phase, "", "", "", part.figures, nullptr);
        row("year", year.year, "", "", "", "", year.total, &year);
    }
    return t;
}

json phasing_json(const Phasing& p) {
    json out;
    out["district_targets"] = targets_json(p.district_targets);
    out["years"] = json::array();
    for (const auto& year : p.years) {
        json phases = json::array();
        for (const auto& part : year.phases) {
            json j{{"phase", part.phase}};
            j.update(figures_json(part.figures));
            phases.push_back(j);
        }
        out["years"].push_back(json{{"year", year.year ? json(*year.year) : json(nullptr)},
                                    {"phases", phases},
                                    {"total", figures_json(year.total)},
                                    {"cumulative", figures_json(year.cumulative)},
                                    {"plan_cumulative", targets_json(year.plan_cumulative)},
                                    {"percent_of_district_targets", percent_json(year.cumulative, p.district_targets)}});
    }
    out["items"] = json::array();
    for (const auto& item : p.items) {
        json j{{"kind", item.kind}, {"id", item.id}, {"name", item.name}, {"phase", item.phase},
               {"year", item.year ? json(*item.year) : json(nullptr)}};
        j.update(figures_json(item.figures));
        out["items"].push_back(j);
    }
    out["overlapping_buildings"] = p.overlapping_buildings;
    return out;
}

}  // namespace renozone
