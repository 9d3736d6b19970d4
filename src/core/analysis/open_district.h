// One way to open a district, for every shell: read the inputs, apply the
// shell's policy on features the engine cannot use, analyse.
#pragma once

#include "core/analysis/district.h"
#include "core/base/parallelism.h"
#include "core/base/progress.h"
#include "core/io/source.h"

#include <memory>

namespace renozone {

// A feature the engine cannot use (a broken geometry, a value that is no
// number) is an error finding under either policy; the policy says whether it
// stops the work. A layer, field or CRS that cannot be found stops it always:
// nothing could be drawn.
enum class FeatureErrors {
    refuse,  // the first error stops the work, naming it (the CLI, unless --keep-going)
    show,    // its bad values read as missing; the shell lists every problem
};

struct OpenPolicy {
    FeatureErrors feature_errors = FeatureErrors::refuse;
    Parallelism parallelism{};
};

// The policy of the viewer and the QGIS plugin: show the data and the problems list.
inline OpenPolicy map_shell_policy() { return {FeatureErrors::show}; }

// Throws InputError for the first error finding when the policy refuses them.
void apply_policy(FeatureErrors policy, const Findings& findings);

Dataset open_dataset(const InputSpec& inputs, const OpenPolicy& policy, const ProgressFn& progress = {});

// The figures and findings of the inputs, read and analysed in one pass over
// the buildings, none of them kept (Dataset::buildings stays empty): the
// summary of a whole city. The policy applies to the loading's findings.
// Notes::counted keeps the buildings' notes as a count only.
enum class Notes { listed, counted };
struct Summary {
    Dataset dataset;
    Analysis analysis;
};
Summary summarise(const InputSpec& inputs, const OpenPolicy& policy, const ProgressFn& progress = {},
                  Notes notes = Notes::listed);

std::unique_ptr<District> open_district(const InputSpec& inputs, const OpenPolicy& policy, const ProgressFn& progress = {});

}  // namespace renozone
