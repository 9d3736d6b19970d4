#include "analysis_run.h"

#include "dataset_loader.h"

namespace renozone::cli {

AnalysisRun load_and_analyse(const InputOptions& options, const Terminal& terminal) {
    AnalysisRun run;
    run.spec = options.to_spec();
    run.dataset = load_dataset(run.spec, terminal.progress(), options.parallelism);
    if (!options.keep_going) require_no_errors(run.dataset);
    run.analysis = analyse(run.dataset, terminal.progress(), options.parallelism);
    return run;
}

}  // namespace renozone::cli
