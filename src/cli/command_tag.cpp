#include "command_tag.h"

#include "analysis_run.h"
#include "core/io/postgis_session.h"
#include "core/output/postgis_output.h"
#include "core/output/tagged_stream.h"
#include "core/report/coverage_report.h"

#include <iostream>

namespace renozone::cli {

void add_tag_command(CLI::App& app, Terminal& terminal) {
    struct Options {
        InputOptions inputs;
        std::string output = "out/wulong-renovation.gpkg";
        std::string schema = "renozone";
        bool overwrite = false;
    };
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("tag", "tag communities and buildings from the plan; write a styled GeoPackage");
    add_input_options(*cmd, options->inputs);
    cmd->add_option("-o,--output", options->output, "output GeoPackage, or PG:... to write into a PostGIS schema")
        ->capture_default_str();
    cmd->add_option("--schema", options->schema, "PostGIS schema for a PG:... output")->capture_default_str();
    cmd->add_flag("--overwrite", options->overwrite, "replace the output if it exists");
    cmd->callback([options, &terminal] {
        const bool postgis = is_postgis(options->output);
        if (postgis) require_identifier(options->schema, "--schema");
        if (postgis) {
            auto run = load_and_analyse(options->inputs, terminal);
            write_tagged_postgis(options->output, options->schema, run.dataset, run.analysis, run.spec,
                                 {options->overwrite, ""}, terminal.progress());
            std::cout << coverage_text(run.dataset, run.analysis);
        } else {
            // Each building written as it is read: a whole city is never held.
            const Summary run = stream_tagged_geopackage(options->output, options->inputs.to_spec(), policy_of(options->inputs),
                                                         {options->overwrite, ""}, terminal.progress());
            std::cout << coverage_text(run.dataset, run.analysis);
        }
        const std::string where = postgis ? "PostGIS schema " + options->schema : options->output;
        std::cout << "wrote " << where << " (layers communities, buildings, coverage, repairs, discrepancies)\n";
    });
}

}  // namespace renozone::cli
