// Load + analyse as every subcommand that needs figures does it.
#pragma once

#include "core/analysis/analysis.h"
#include "core/analysis/district.h"
#include "input_options.h"
#include "terminal.h"

namespace renozone::cli {

struct AnalysisRun {
    InputSpec spec;
    Dataset dataset;
    Analysis analysis;
};

// Throws InputError when the inputs have errors, unless --keep-going.
AnalysisRun load_and_analyse(const InputOptions& options, const Terminal& terminal,
                             BuildingGeometry geometry = BuildingGeometry::kept);

// The same inputs as a District, with the spatial indexes the planning commands query.
std::unique_ptr<District> load_district(const InputOptions& options, const Terminal& terminal);

}  // namespace renozone::cli
