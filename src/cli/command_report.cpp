#include "command_report.h"

#include "analysis_run.h"
#include "core/base/atomic_file.h"
#include "core/output/xlsx_workbook.h"
#include "core/report/coverage_report.h"
#include "core/report/html_report.h"
#include "core/report/table_workbook.h"
#include "core/vocabulary/report_labels.h"
#include "facility_options.h"

#include <iostream>

namespace renozone::cli {
namespace {

struct Options {
    InputOptions inputs;
    std::string format = "text";
    std::string output;
    bool overwrite = false;
    std::string html;
    std::string project;
    std::string lang = "zh";
    FacilityOptions facility;  // the facility gaps of the HTML report
};

void write_html(const Options& o, const Terminal& terminal) {
    const Lang lang = parse_lang(o.lang);  // refuse a bad language or rules file before the work
    const SiteRules rules = o.facility.load_rules();
    auto district = load_district(o.inputs, terminal);
    std::optional<ProjectContent> project;
    if (!o.project.empty()) project = read_project(o.project, *district);
    HtmlReportOptions options;
    options.lang = lang;
    options.project = project ? &*project : nullptr;
    options.rules = &rules;
    options.gaps.use_network = !o.facility.euclidean;
    options.progress = terminal.progress();
    write_text_file(o.html, html_report(*district, options), o.overwrite);
}

}  // namespace

void add_report_command(CLI::App& app, Terminal& terminal) {
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("report", "coverage against the plan's targets: district, streets, communities");
    add_input_options(*cmd, options->inputs);
    auto* format = cmd->add_option("--format", options->format, "text, csv, json or markdown")
                       ->check(CLI::IsMember({"text", "csv", "json", "markdown"}))
                       ->capture_default_str();
    auto* output = cmd->add_option("-o,--output", options->output,
                                   "write to this file instead of standard output; FILE.xlsx: an Excel workbook with Chinese headers");
    cmd->add_flag("--overwrite", options->overwrite, "replace the output file if it exists");
    const std::string html = "HTML report";
    auto* html_file = cmd->add_option("--html", options->html,
                                      "write one self-contained HTML page (map, tables, project) to FILE")
                          ->excludes(format)
                          ->excludes(output)
                          ->group(html);
    cmd->add_option("--project", options->project, "project GeoPackage: its implementation units, site checks and ledger")
        ->needs(html_file)
        ->group(html);
    cmd->add_option("--lang", options->lang, "zh (default) or en")->needs(html_file)->group(html);
    add_facility_options(*cmd, options->facility);
    for (const char* name : {"--rules", "--euclidean"}) cmd->get_option(name)->needs(html_file);
    cmd->callback([options, &terminal] {
        if (!options->html.empty()) return write_html(*options, terminal);
        auto run = load_summary(options->inputs, terminal);  // figures only, no map
        if (is_xlsx_path(options->output))
            return write_table_workbook(options->output, "改造覆盖", coverage_table(run.analysis.coverage, true), Lang::zh,
                                        options->overwrite);
        const std::string text = coverage_report(run.dataset, run.analysis, options->format,
                                                  options->inputs.parallelism.resolved_threads());
        if (options->output.empty()) std::cout << text;
        else write_text_file(options->output, text, options->overwrite);
    });
}

}  // namespace renozone::cli
