#include "analysis_run.h"

#include "core/io/dataset_loader.h"

namespace renozone::cli {

AnalysisRun load_and_analyse(const InputOptions& options, const Terminal& terminal, BuildingGeometry geometry) {
    AnalysisRun run;
    run.spec = options.to_spec();
    run.dataset = load_dataset(run.spec, terminal.progress(), options.parallelism, geometry);
    if (!options.keep_going) require_no_errors(run.dataset);
    run.analysis = analyse(run.dataset, terminal.progress(), options.parallelism);
    if (!options.keep_going) require_no_errors(run.analysis.discrepancies);  // the plan naming a missing community
    return run;
}

std::unique_ptr<District> load_district(const InputOptions& options, const Terminal& terminal) {
    Dataset dataset = load_dataset(options.to_spec(), terminal.progress(), options.parallelism);
    if (!options.keep_going) require_no_errors(dataset);
    return std::make_unique<District>(std::move(dataset), terminal.progress());
}

}  // namespace renozone::cli
