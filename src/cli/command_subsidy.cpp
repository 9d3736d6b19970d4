#include "command_subsidy.h"

#include "analysis_run.h"
#include "core/base/errors.h"
#include "core/report/subsidy_report.h"
#include "output_options.h"

namespace renozone::cli {
namespace {

struct Options {
    InputOptions inputs;
    OutputOptions output;
    std::optional<long long> unit;
    std::string project, community, street, funding;
    std::optional<double> pipeline_cost;
};

UnitMoney money_of(const Options& o) {
    if (o.pipeline_cost && !(*o.pipeline_cost >= 0)) throw UsageError("--pipeline-cost: must not be negative");
    UnitMoney money{o.pipeline_cost, std::nullopt};
    if (!o.funding.empty()) money.funding = parse_funding_split(o.funding);
    return money;
}

void run(const Options& o, const Terminal& terminal) {
    if (o.unit.has_value() + !o.community.empty() + !o.street.empty() > 1)
        throw UsageError("give at most one of --unit, --community, --street (none: the district)");
    if (o.unit.has_value() != !o.project.empty()) throw UsageError("--unit and --project go together");
    const UnitMoney money = money_of(o);
    std::unique_ptr<ProjectStore> store;
    if (o.unit) store = std::make_unique<ProjectStore>(o.project);
    const auto district = load_district(o.inputs, terminal);
    const ScopeSubsidy s = o.unit            ? unit_subsidy(*district, store->unit(*o.unit, district->ctx()), money)
                           : !o.community.empty() ? community_subsidy(*district, o.community, money)
                           : !o.street.empty()    ? street_subsidy(*district, o.street, money)
                                                  : district_subsidy(*district, money);
    if (o.output.format == "json") o.output.emit(subsidy_json(s).dump(2) + "\n");
    else if (o.output.format == "csv") o.output.emit(render_csv(subsidy_table(s)));
    else o.output.emit(subsidy_text(s));
}

}  // namespace

void add_subsidy_command(CLI::App& app, Terminal& terminal) {
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("subsidy", "lift and pipeline subsidies (CNY 80,000 a lift, 50 % of pipeline works) "
                                              "for a unit, a community, a street or the district");
    add_input_options(*cmd, o->inputs);
    add_output_options(*cmd, o->output);
    const std::string scope = "Scope (default: the district)";
    cmd->add_option("--unit", o->unit, "implementation unit ID of --project")->group(scope);
    cmd->add_option("--project", o->project, "project GeoPackage holding the unit")->group(scope);
    cmd->add_option("--community", o->community, "community id or name")->group(scope);
    cmd->add_option("--street", o->street, "street code or name")->group(scope);
    const std::string money = "Money";
    cmd->add_option("--pipeline-cost", o->pipeline_cost, "total pipeline works cost, CNY (a unit's stored cost otherwise)")->group(money);
    cmd->add_option("--funding", o->funding, "split of the subsidy: central=0.4,municipal=0.3,district=0.2,residents=0.1 or 中央=0.4,市级=0.3,区级=0.2,居民=0.1")->group(money);
    cmd->callback([o, &terminal] { run(*o, terminal); });
}

}  // namespace renozone::cli
