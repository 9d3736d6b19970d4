#include "command_suggest_sites.h"

#include "analysis_run.h"
#include "core/base/atomic_file.h"
#include "core/report/site_selection_report.h"
#include "core/vocabulary/facility_type_names.h"
#include "facility_options.h"

#include <iostream>
#include <string>

namespace renozone::cli {
namespace {

struct Options {
    InputOptions inputs;
    FacilityOptions facility;
    std::string type;
    int count = 1;
    std::string candidates, candidates_layer, candidates_crs;
    double spacing = 50;
    bool exact = false;
    double time_limit = 60;
    std::string format = "text";
    std::string output;
    bool overwrite = false;
};

void run(const Options& o, Terminal& terminal) {
    SiteRules rules = o.facility.load_rules();
    const std::string type = facility_type_key(rules, o.type);  // an unknown type fails before the data is read
    auto district = load_district(o.inputs, terminal);
    const auto candidates = o.candidates.empty() ? grid_candidates(*district, rules, o.spacing, terminal.progress())
                                                 : candidates_from_source(*district, o.candidates, o.candidates_layer, o.candidates_crs);
    const SiteChecker checker(*district, std::move(rules));
    const SiteSelectionOptions options{o.count, o.exact, !o.facility.euclidean, o.time_limit};
    const auto selection = suggest_sites(checker, type, candidates, options, terminal.progress());
    std::string text;
    if (o.format == "json")
        text = site_selection_json(*district, selection).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    else if (o.format == "csv") text = render_csv(site_selection_table(*district, selection, true));
    else text = site_selection_text(*district, selection);
    if (o.output.empty()) std::cout << text;
    else write_text_file(o.output, text, o.overwrite);
}

// CLI::PositiveNumber words its refusal of 0 as "not in range 0 to 1.79e308".
const CLI::Validator more_than_zero{[](std::string& text) -> std::string {
    try {
        std::size_t used = 0;
        if (std::stod(text, &used) > 0 && used == text.size()) return {};
    } catch (const std::exception&) {}
    return "'" + text + "' is not a number above 0";
}, "> 0"};

}  // namespace

void add_suggest_sites_command(CLI::App& app, Terminal& terminal) {
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("suggest-sites", "choose new facility sites that cover most uncovered households (maximal covering)");
    add_input_options(*cmd, o->inputs);
    add_facility_options(*cmd, o->facility);
    cmd->add_option("--type", o->type, "facility type (kindergarten or 幼儿园, elderly_care, …)")->required();
    cmd->add_option("--count", o->count, "number of new sites")->required()->check(more_than_zero);
    const std::string where = "Candidates (default: a grid over open land)";
    auto* source = cmd->add_option("--candidates", o->candidates, "candidate sites: any OGR source of points or polygons")->group(where);
    cmd->add_option("--candidates-layer", o->candidates_layer, "layer of --candidates")->group(where)->needs(source);
    cmd->add_option("--candidates-crs", o->candidates_crs, "CRS of --candidates coordinates (default: the source's own)")->group(where)->needs(source);
    cmd->add_option("--spacing", o->spacing, "grid spacing in metres")->group(where)->capture_default_str()->excludes(source);
    cmd->add_flag("--exact", o->exact, "solve the integer programme (GLPK) and report greedy's gap to the optimum");
    cmd->add_option("--time-limit", o->time_limit, "seconds the exact solve may take")->capture_default_str()->check(more_than_zero);
    cmd->add_option("--format", o->format, "text, json or csv")->check(CLI::IsMember({"text", "json", "csv"}))->capture_default_str();
    cmd->add_option("-o,--output", o->output, "write to this file instead of standard output");
    cmd->add_flag("--overwrite", o->overwrite, "replace the output file if it exists");
    cmd->callback([o, &terminal] { run(*o, terminal); });
}

}  // namespace renozone::cli
