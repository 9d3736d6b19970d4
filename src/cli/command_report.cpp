#include "command_report.h"

#include "analysis_run.h"
#include "atomic_file.h"
#include "coverage_report.h"

#include <iostream>

namespace renozone::cli {

void add_report_command(CLI::App& app, Terminal& terminal) {
    struct Options {
        InputOptions inputs;
        std::string format = "text";
        std::string output;
        bool overwrite = false;
    };
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("report", "coverage against the plan's targets: district, streets, communities");
    add_input_options(*cmd, options->inputs);
    cmd->add_option("--format", options->format, "text, csv, json or markdown")
        ->check(CLI::IsMember({"text", "csv", "json", "markdown"}))
        ->capture_default_str();
    cmd->add_option("-o,--output", options->output, "write to this file instead of standard output");
    cmd->add_flag("--overwrite", options->overwrite, "replace the output file if it exists");
    cmd->callback([options, &terminal] {
        auto run = load_and_analyse(options->inputs, terminal);
        std::string text;
        if (options->format == "json") text = coverage_json(run.dataset, run.analysis).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        else if (options->format == "csv") text = render_csv(coverage_table(run.analysis.coverage, true));
        else if (options->format == "markdown") text = render_markdown(coverage_table(run.analysis.coverage));
        else text = coverage_text(run.dataset, run.analysis);
        if (options->output.empty()) std::cout << text;
        else write_text_file(options->output, text, options->overwrite);
    });
}

}  // namespace renozone::cli
