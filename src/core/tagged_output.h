// Writes the tagged result as a GeoPackage: layers communities and buildings,
// tables coverage, repairs and discrepancies, the plan, the context layers,
// and QGIS styles in layer_styles so the file opens styled.
#pragma once

#include "analysis.h"
#include "source.h"

#include <string>

namespace renozone {

struct OutputOptions {
    bool overwrite = false;
    std::string data_notice;  // what the data is (modelled/surveyed); written into the metadata
};

void write_tagged_geopackage(const std::string& path, const Dataset& ds, const Analysis& analysis,
                             const InputSpec& inputs, const OutputOptions& options, const ProgressFn& progress = {});

}  // namespace renozone
