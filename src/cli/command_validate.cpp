#include "command_validate.h"

#include "core/analysis/analysis.h"
#include "core/analysis/open_district.h"
#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "exit_codes.h"
#include "input_options.h"

#include <iostream>

namespace renozone::cli {

void add_validate_command(CLI::App& app, Terminal& terminal) {
    struct Options {
        InputOptions inputs;
        bool all = false;
    };
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("validate", "every problem in the inputs, then a summary; exit 1 when there are errors");
    add_input_options(*cmd, options->inputs);
    cmd->add_flag("--all", options->all, "also list notes (straddlers, buildings outside communities, ...)");
    cmd->callback([options, &terminal] {
        const InputSpec spec = options->inputs.to_spec();
        // validate is the list: every problem is shown, none stops it.
        const Summary summary = summarise(spec, {FeatureErrors::show, options->inputs.parallelism}, terminal.progress(),
                                          options->all ? Notes::listed : Notes::counted);
        const Findings& findings = summary.analysis.discrepancies;
        for (const auto& f : findings.items)
            if (options->all || f.severity != Severity::info)
                std::cout << severity_name(f.severity) << " " << f.code << ": " << f.message << "\n";
        for (const auto& r : findings.repairs)
            std::cout << "repaired " << r.layer << ": " << r.feature_id << ": " << r.reason << "\n";
        std::cout << findings.count(Severity::error) << " errors, " << findings.count(Severity::warning) << " warnings, "
                  << findings.count(Severity::info) << " notes, " << findings.repairs.size() << " geometries repaired\n";
        if (findings.count(Severity::error) > 0) throw ProblemsFound{};
    });
}

}  // namespace renozone::cli
