// GDAL/OGR report errors through CPLError; this routes them into the engine:
// the last error message is kept (per thread) for the exception we throw, and
// warnings go to a sink the shell chooses instead of GDAL's own stderr output.
#pragma once

#include <functional>
#include <string>

namespace renozone {

using WarningSink = std::function<void(const std::string&)>;

// Registers the GDAL drivers and installs the error handler (idempotent, thread-safe).
void init_gdal();

// Where GDAL warnings go; an empty sink drops them.
void set_gdal_warning_sink(WarningSink sink);

// The last CE_Failure/CE_Fatal message GDAL raised on this thread, then cleared.
std::string take_last_gdal_error();

}  // namespace renozone
