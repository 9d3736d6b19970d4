// The pieces of the tagged GeoPackage that the whole write and the streamed
// tag job (tagged_stream) both use, in the order a file holds them.
#pragma once

#include "core/analysis/analysis.h"
#include "core/io/source.h"
#include "core/output/tagged_output.h"

#include <gdal_priv.h>

#include <string>
#include <vector>

namespace renozone {

// The data notice the output records: the caller's, else the source's own.
std::string notice_of(const Dataset& ds, const OutputOptions& options);
OGRLayer& create_community_layer(GDALDataset& out, const Dataset& ds, const std::string& notice);
OGRLayer& create_building_layer(GDALDataset& out, const Dataset& ds, const std::string& notice);
void write_communities(GDALDataset& out, OGRLayer& layer, const Dataset& ds, const Analysis& a);
// Coverage, repairs, discrepancies and the context layers; returns those copied.
std::vector<std::string> write_layers_after_buildings(GDALDataset& out, const Dataset& ds, const Analysis& analysis,
                                                      const InputSpec& inputs);
// The layers' styles and the metadata; OutputError naming `path` when GDAL could not write.
void finish_tagged_geopackage(GDALDataset& out, const std::string& path, const Dataset& ds, const std::string& notice,
                              const std::vector<std::string>& copied);

}  // namespace renozone
