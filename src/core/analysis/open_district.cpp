#include "core/analysis/open_district.h"

#include "core/analysis/streamed_analysis.h"
#include "core/io/dataset_loader.h"

namespace renozone {

void apply_policy(FeatureErrors policy, const Findings& findings) {
    if (policy == FeatureErrors::refuse) require_no_errors(findings);
}

Dataset open_dataset(const InputSpec& inputs, const OpenPolicy& policy, const ProgressFn& progress) {
    Dataset dataset = load_dataset(inputs, progress, policy.parallelism);
    apply_policy(policy.feature_errors, dataset.findings);
    return dataset;
}

Summary summarise(const InputSpec& inputs, const OpenPolicy& policy, const ProgressFn& progress, Notes notes) {
    StreamedAnalysis stream(notes == Notes::listed);
    Summary summary{load_dataset(inputs, progress, policy.parallelism, &stream), {}};
    apply_policy(policy.feature_errors, summary.dataset.findings);
    summary.analysis = std::move(stream).finish(summary.dataset);
    return summary;
}

std::unique_ptr<District> open_district(const InputSpec& inputs, const OpenPolicy& policy, const ProgressFn& progress) {
    return std::make_unique<District>(open_dataset(inputs, policy, progress), progress);
}

}  // namespace renozone
