#include "command_gaps.h"

#include "analysis_run.h"
#include "core/base/atomic_file.h"
#include "core/output/xlsx_workbook.h"
#include "core/report/facility_gaps_report.h"
#include "core/report/table_workbook.h"
#include "core/vocabulary/facility_type_names.h"
#include "facility_options.h"

#include <iostream>

namespace renozone::cli {
namespace {

struct Options {
    InputOptions inputs;
    FacilityOptions facility;
    std::string type;
    double threshold = 100;
    std::string format = "text";
    std::string output;
    bool overwrite = false;
};

void run(const Options& o, Terminal& terminal) {
    SiteRules rules = o.facility.load_rules();
    const bool every_type = o.type == "all" || o.type == "全部";
    const std::string type = every_type ? o.type : facility_type_key(rules, o.type);  // fails before the data is read
    auto district = load_district(o.inputs, terminal);
    const SiteChecker checker(*district, std::move(rules));
    const GapOptions options{!o.facility.euclidean, o.threshold};
    const auto all = every_type ? all_facility_gaps(checker, options, terminal.progress())
                                : std::vector<FacilityGaps>{facility_gaps(checker, type, options, terminal.progress())};
    const auto unknown = every_type ? unknown_facility_types(checker) : std::vector<std::string>{};
    if (is_xlsx_path(o.output))
        return write_table_workbook(o.output, "设施缺口", gaps_table(*district, all, true), Lang::zh, o.overwrite);
    std::string text;
    if (o.format == "json")
        text = (every_type ? gaps_summary_json(*district, all, unknown) : gaps_json(*district, all.front()))
                   .dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    else if (o.format == "csv") text = render_csv(gaps_table(*district, all, true));
    else text = gaps_text(*district, all, unknown);
    if (o.output.empty()) std::cout << text;
    else write_text_file(o.output, text, o.overwrite);
}

}  // namespace

void add_gaps_command(CLI::App& app, Terminal& terminal) {
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("gaps", "facility gaps: households and communities outside every existing facility's service radius");
    add_input_options(*cmd, o->inputs);
    add_facility_options(*cmd, o->facility);
    cmd->add_option("--type", o->type, "facility type (kindergarten or 幼儿园, elderly_care, …) or all (全部)")->required();
    cmd->add_option("--threshold", o->threshold, "a community with less of its households covered (percent) is substandard")
        ->capture_default_str();
    cmd->add_option("--format", o->format, "text, json or csv")->check(CLI::IsMember({"text", "json", "csv"}))->capture_default_str();
    cmd->add_option("-o,--output", o->output, "write to this file instead of standard output; FILE.xlsx: an Excel workbook");
    cmd->add_flag("--overwrite", o->overwrite, "replace the output file if it exists");
    cmd->callback([o, &terminal] { run(*o, terminal); });
}

}  // namespace renozone::cli
