#include "core/report/subsidy_report.h"

#include "core/base/text_utils.h"
#include "core/report/figures.h"

#include <cmath>

namespace renozone {
namespace {

using json = nlohmann::ordered_json;


std::string title_of(const ScopeSubsidy& s) {
    std::string title = "subsidy 补助: " + s.level;
    if (!s.code.empty()) title += " " + s.code;
    if (!s.name.empty()) title += " " + s.name;
    return title;
}

}  // namespace

std::string subsidy_text(const ScopeSubsidy& s) {
    Table t{{"item 项目", "value 数值"}, {false, true}, {}};
    auto row = [&](const std::string& label, const std::string& value) { t.rows.push_back({label, value}); };
    row("lift candidates 可加装电梯楼栋", format_number(double(s.lift_candidates), 0));
    row("lifts 电梯 (台)", format_number(double(s.lifts), 0));
    row("lift subsidy CNY 电梯补助 (" + format_number(s.lift_subsidy_per_lift_cny, 0) + " each)",
        format_number(s.subsidy.lift_subsidy_cny, 0));
    row("pipeline cost CNY 管线整治费用", s.pipeline_cost_cny ? format_number(*s.pipeline_cost_cny, 0) : "-");
    row("pipeline subsidy CNY 管线补助 (" + format_number(100.0 * s.pipeline_subsidy_share, 0) + " %)",
        format_number(s.subsidy.pipeline_subsidy_cny, 0));
    row("total CNY 补助合计", format_number(s.subsidy.total_cny, 0));
    if (s.subsidy.funding)
        for (const auto& p : funding_parts())
            row(std::string(p.key) + " " + p.zh + " (" + format_number(100.0 * ((*s.subsidy.funding).*p.share), 1) + " %)",
                format_number(*(s.subsidy.*p.amount), 0));
    return title_of(s) + "\n" + render_text(t);
}

Table subsidy_table(const ScopeSubsidy& s) {
    Table t;
    t.headers = {"level", "code", "name", "lift_candidates", "lifts", "lift_subsidy_per_lift_cny", "lift_subsidy_cny",
                 "pipeline_cost_cny", "pipeline_subsidy_share", "pipeline_subsidy_cny", "total_cny"};
    std::vector<std::string> row = {s.level, s.code, s.name, std::to_string(s.lift_candidates), std::to_string(s.lifts),
                                    amount_text(s.lift_subsidy_per_lift_cny), amount_text(s.subsidy.lift_subsidy_cny),
                                    amount_text(s.pipeline_cost_cny), amount_text(s.pipeline_subsidy_share),
                                    amount_text(s.subsidy.pipeline_subsidy_cny), amount_text(s.subsidy.total_cny)};
    for (const auto& p : funding_parts()) {
        t.headers.push_back(std::string(p.key) + "_share");
        t.headers.push_back(std::string(p.key) + "_cny");
        row.push_back(s.subsidy.funding ? amount_text((*s.subsidy.funding).*p.share) : "");
        row.push_back(amount_text(s.subsidy.*p.amount));
    }
    t.numeric.assign(t.headers.size(), true);
    t.rows.push_back(row);
    return t;
}

json subsidy_json(const ScopeSubsidy& s) {
    json out{{"level", s.level},
             {"code", s.code},
             {"name", s.name},
             {"lift_candidates", s.lift_candidates},
             {"lifts", s.lifts},
             {"lift_subsidy_per_lift_cny", s.lift_subsidy_per_lift_cny},
             {"lift_subsidy_cny", round_to(s.subsidy.lift_subsidy_cny, 2)},
             {"pipeline_cost_cny", s.pipeline_cost_cny ? json(round_to(*s.pipeline_cost_cny, 2)) : json(nullptr)},
             {"pipeline_subsidy_share", s.pipeline_subsidy_share},
             {"pipeline_subsidy_cny", round_to(s.subsidy.pipeline_subsidy_cny, 2)},
             {"total_cny", round_to(s.subsidy.total_cny, 2)},
             {"funding", nullptr}};
    if (s.subsidy.funding) {
        json funding;
        for (const auto& p : funding_parts())
            funding[p.key] = json{{"share", (*s.subsidy.funding).*p.share}, {"cny", round_to(*(s.subsidy.*p.amount), 2)}};
        out["funding"] = funding;
    }
    return out;
}

}  // namespace renozone
