// Load + analyse as every subcommand that needs figures does it.
#pragma once

#include "core/analysis/analysis.h"
#include "core/analysis/district.h"
#include "core/analysis/open_district.h"
#include "input_options.h"
#include "terminal.h"

namespace renozone::cli {

struct AnalysisRun {
    InputSpec spec;
    Dataset dataset;
    Analysis analysis;
};

// What the command line makes of features the engine cannot use: refused, unless --keep-going.
OpenPolicy policy_of(const InputOptions& options);

// Throws InputError when the inputs have errors, unless --keep-going.
AnalysisRun load_and_analyse(const InputOptions& options, const Terminal& terminal);
// The same figures and findings, the buildings read in one pass and not kept
// (AnalysisRun::dataset has none, Analysis::buildings is empty) and the
// buildings' notes counted, not listed: for a summary.
AnalysisRun load_summary(const InputOptions& options, const Terminal& terminal);

// The same inputs as a District, with the spatial indexes the planning commands query.
std::unique_ptr<District> load_district(const InputOptions& options, const Terminal& terminal);

}  // namespace renozone::cli
