// The tag job on a whole city: each building is read, tagged and written to
// the tagged GeoPackage as it streams in, none of them kept; the communities,
// coverage, findings, context layers and styles follow. The file is the one
// write_tagged_geopackage writes from a whole load.
#pragma once

#include "core/analysis/open_district.h"
#include "core/output/tagged_output.h"

#include <string>

namespace renozone {

// The policy applies before anything is committed: refused errors leave no file.
Summary stream_tagged_geopackage(const std::string& path, const InputSpec& inputs, const OpenPolicy& policy,
                                 const OutputOptions& options, const ProgressFn& progress = {});

}  // namespace renozone
