#include "ledger_options.h"

namespace renozone::cli {

bool LedgerOptions::given(const std::string& name) const {
    for (const auto& [option_name, option] : options)
        if (option_name == name) return option->count() > 0;
    return false;
}

LedgerChange LedgerOptions::change() const {
    LedgerChange c;
    if (given("name")) c.name = name;
    if (given("unit")) c.unit_id = unit;
    if (given("communities-ids")) c.communities = communities;
    if (given("content")) c.content = content;
    if (given("phase")) c.phase = phase;
    if (given("year")) c.year = year;
    if (given("investment")) c.investment_cny = investment;
    if (given("pipeline-cost")) c.pipeline_cost_cny = pipeline_cost;
    if (given("funding")) c.funding = parse_funding_split(funding);
    if (given("progress")) c.progress_percent = progress;
    if (given("start")) c.start_date = start;
    if (given("end")) c.end_date = end;
    if (given("note")) c.progress_note = note;
    if (given("lead")) c.lead_department = lead;
    if (given("body")) c.implementing_body = body;
    return c;
}

void add_ledger_options(CLI::App& cmd, LedgerOptions& o) {
    cmd.add_option("--project", o.project, "project GeoPackage (ledger and duties tables)")->required();
    auto add = [&](const std::string& name, auto& value, const std::string& help, const std::string& group) {
        CLI::Option* option = cmd.add_option("--" + name, value, help)->group(group);
        o.options.emplace_back(name, option);
        return option;
    };
    const std::string scope = "Scope and scale (measured from the scope)";
    add("name", o.name, "project name", scope);
    add("unit", o.unit, "implementation unit ID of the project", scope);
    add("communities-ids", o.communities, "whole communities by id or name, comma-separated", scope)->delimiter(',');
    const std::string content = "Content, money and progress";
    add("content", o.content, "items, comma-separated: water,power,lifts or 供水管网,加装电梯,... (renozone ledger items)", content)->delimiter(',');
    add("phase", o.phase, "实施, 谋划 or 储备 (implement, plan, reserve)", content);
    add("year", o.year, "plan year", content);
    add("investment", o.investment, "total investment, CNY", content);
    add("pipeline-cost", o.pipeline_cost, "total pipeline works cost, CNY (50 % is subsidised)", content);
    add("funding", o.funding, "split of the investment: central=0.4,municipal=0.3,district=0.2,residents=0.1 or 中央=0.4,市级=0.3,…", content);
    add("progress", o.progress, "progress, percent 0–100", content);
    add("start", o.start, "start date YYYY-MM-DD", content);
    add("end", o.end, "end date YYYY-MM-DD", content);
    add("note", o.note, "visual progress (形象进度)", content);
    add("lead", o.lead, "lead department: one of the plan's 13 units (name or 1–13)", content);
    add("body", o.body, "implementing body (实施主体)", content);
}

}  // namespace renozone::cli
