#include "analysis_run.h"

#include "core/analysis/open_district.h"

namespace renozone::cli {

// Without --keep-going the first feature error stops the command, naming it.
OpenPolicy policy_of(const InputOptions& options) {
    return {options.keep_going ? FeatureErrors::show : FeatureErrors::refuse, options.parallelism};
}

AnalysisRun load_and_analyse(const InputOptions& options, const Terminal& terminal) {
    AnalysisRun run;
    run.spec = options.to_spec();
    const OpenPolicy policy = policy_of(options);
    run.dataset = open_dataset(run.spec, policy, terminal.progress());
    run.analysis = analyse(run.dataset, terminal.progress(), options.parallelism);
    apply_policy(policy.feature_errors, run.analysis.discrepancies);  // the plan naming a missing community
    return run;
}

AnalysisRun load_summary(const InputOptions& options, const Terminal& terminal) {
    AnalysisRun run;
    run.spec = options.to_spec();
    const OpenPolicy policy = policy_of(options);
    Summary summary = summarise(run.spec, policy, terminal.progress(), Notes::counted);
    run.dataset = std::move(summary.dataset);
    run.analysis = std::move(summary.analysis);
    apply_policy(policy.feature_errors, run.analysis.discrepancies);  // the plan naming a missing community
    return run;
}

std::unique_ptr<District> load_district(const InputOptions& options, const Terminal& terminal) {
    return open_district(options.to_spec(), policy_of(options), terminal.progress());
}

}  // namespace renozone::cli
