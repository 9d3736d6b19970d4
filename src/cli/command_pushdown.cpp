#include "command_pushdown.h"

#include "core/base/errors.h"
#include "core/output/postgis_pushdown.h"
#include "input_options.h"

#include <iostream>

namespace renozone::cli {

void add_pushdown_command(CLI::App& app, Terminal& terminal) {
    struct Options {
        InputOptions inputs;
        std::string schema = "renozone_pushdown";
        bool overwrite = false;
    };
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("pushdown", "place buildings and sum per community inside PostGIS (inputs PG:...); "
                                               "results in tables placements and community_summary");
    add_input_options(*cmd, options->inputs);
    cmd->add_option("--schema", options->schema, "schema for the result tables")->capture_default_str();
    cmd->add_flag("--overwrite", options->overwrite, "replace the schema if it exists");
    cmd->callback([options, &terminal] {
        if (options->inputs.uses_embedded_data())
            throw UsageError("pushdown works on PostGIS tables: give --data PG:... (or --communities and --buildings)");
        const auto result = run_pushdown(options->inputs.to_spec(), options->schema, options->overwrite, terminal.progress());
        std::cout << "placed " << result.placed << " of " << result.buildings << " buildings in " << result.communities
                  << " communities inside PostGIS (" << result.repaired << " footprints repaired); tables "
                  << options->schema << ".placements and " << options->schema << ".community_summary\n";
    });
}

}  // namespace renozone::cli
