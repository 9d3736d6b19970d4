// The tagged result written into a PostGIS schema instead of a GeoPackage:
// the same layers and tables (no QGIS styles: QGIS keeps those for PostGIS
// in public.layer_styles, which renozone leaves alone) and a metadata table.
// Written into a scratch schema first and swapped in with one transaction,
// so a failed run leaves the target schema as it was.
#pragma once

#include "core/output/tagged_output.h"

namespace renozone {

// Throws OutputError when the schema exists and !options.overwrite.
void write_tagged_postgis(const std::string& connection, const std::string& schema, const Dataset& ds,
                          const Analysis& analysis, const InputSpec& inputs, const OutputOptions& options,
                          const ProgressFn& progress = {});

// Replaces `target` by `scratch` in one transaction (dropping `target` first when it exists).
void swap_in_schema(class PostgisSession& session, const std::string& scratch, const std::string& target);

}  // namespace renozone
