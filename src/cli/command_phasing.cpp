#include "command_phasing.h"

#include "analysis_run.h"
#include "core/report/phasing_report.h"
#include "output_options.h"

namespace renozone::cli {

void add_phasing_command(CLI::App& app, Terminal& terminal) {
    struct Options {
        InputOptions inputs;
        OutputOptions output;
        std::string project;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("phasing", "units and planned communities by year and phase (实施/谋划/储备), "
                                              "cumulative against the plan's 2021–2025 targets");
    add_input_options(*cmd, o->inputs);
    add_output_options(*cmd, o->output);
    cmd->add_option("--project", o->project, "project GeoPackage with implementation_units (none: the plan table alone)");
    cmd->callback([o, &terminal] {
        std::unique_ptr<ProjectStore> store;
        if (!o->project.empty()) store = std::make_unique<ProjectStore>(o->project);
        const auto district = load_district(o->inputs, terminal);
        const Phasing p = compute_phasing(*district, store ? store->units(district->ctx()) : std::vector<StoredUnit>{});
        if (o->output.format == "json") o->output.emit(phasing_json(p).dump(2) + "\n");
        else if (o->output.format == "csv") o->output.emit(render_csv(phasing_table(p)));
        else o->output.emit(phasing_text(p));
    });
}

}  // namespace renozone::cli
