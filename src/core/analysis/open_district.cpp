#include "core/analysis/open_district.h"

#include "core/io/dataset_loader.h"

namespace renozone {

void apply_policy(FeatureErrors policy, const Findings& findings) {
    if (policy == FeatureErrors::refuse) require_no_errors(findings);
}

Dataset open_dataset(const InputSpec& inputs, const OpenPolicy& policy, const ProgressFn& progress) {
    Dataset dataset = load_dataset(inputs, progress, policy.parallelism, policy.building_geometry);
    apply_policy(policy.feature_errors, dataset.findings);
    return dataset;
}

std::unique_ptr<District> open_district(const InputSpec& inputs, const OpenPolicy& policy, const ProgressFn& progress) {
    return std::make_unique<District>(open_dataset(inputs, policy, progress), progress);
}

}  // namespace renozone
