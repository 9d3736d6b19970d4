// Writes the tagged result as a GeoPackage: layers communities and buildings,
// tables coverage, repairs and discrepancies, the plan, the context layers,
// and QGIS styles in layer_styles so the file opens styled.
#pragma once

#include "core/analysis/analysis.h"
#include "core/io/source.h"

#include <string>
#include <utility>
#include <vector>

namespace renozone {

struct OutputOptions {
    bool overwrite = false;
    std::string data_notice;  // what the data is (modelled/surveyed); written into the metadata
};

void write_tagged_geopackage(const std::string& path, const Dataset& ds, const Analysis& analysis,
                             const InputSpec& inputs, const OutputOptions& options, const ProgressFn& progress = {});

// The layers and tables alone, into any open vector dataset (GeoPackage,
// PostgreSQL); returns the context layers copied.
std::vector<std::string> write_tagged_layers(GDALDataset& out, const Dataset& ds, const Analysis& analysis,
                                             const InputSpec& inputs, const std::string& notice, const ProgressFn& progress = {});

// What every output records about itself: key, value.
std::vector<std::pair<std::string, std::string>> output_metadata(const Dataset& ds, const std::string& notice);

}  // namespace renozone
