#include "analysis_run.h"

#include "core/analysis/open_district.h"

namespace renozone::cli {
namespace {

// Without --keep-going the first feature error stops the command, naming it.
OpenPolicy policy_of(const InputOptions& options, BuildingGeometry geometry) {
    return {options.keep_going ? FeatureErrors::show : FeatureErrors::refuse, options.parallelism, geometry};
}

}  // namespace

AnalysisRun load_and_analyse(const InputOptions& options, const Terminal& terminal, BuildingGeometry geometry) {
    AnalysisRun run;
    run.spec = options.to_spec();
    const OpenPolicy policy = policy_of(options, geometry);
    run.dataset = open_dataset(run.spec, policy, terminal.progress());
    run.analysis = analyse(run.dataset, terminal.progress(), options.parallelism);
    apply_policy(policy.feature_errors, run.analysis.discrepancies);  // the plan naming a missing community
    return run;
}

std::unique_ptr<District> load_district(const InputOptions& options, const Terminal& terminal) {
    return open_district(options.to_spec(), policy_of(options, BuildingGeometry::kept), terminal.progress());
}

}  // namespace renozone::cli
