// Pushdown: the spatial work done inside PostGIS, for data that lives there
// and may be larger than one machine. Each building's community (the one
// containing its point-on-surface, GiST-indexed ST_Contains; the first one
// touching it when the point lies on a boundary), the share of its
// footprint inside, and the per-community sums, as SQL by the engine's
// rules: invalid footprints repaired first with ST_MakeValid (the same GEOS
// MakeValid) and their polygonal parts kept. Results go to tables in a
// schema: placements (one row per building with a usable footprint) and
// community_summary (every community).
#pragma once

#include "core/base/progress.h"
#include "core/io/source.h"

#include <string>

namespace renozone {

struct PushdownResult {
    long long buildings = 0;     // with a usable footprint
    long long placed = 0;        // in a community
    long long repaired = 0;
    long long communities = 0;
};

// Both the communities and the buildings must be PostGIS tables of one
// database, in the working CRS (reprojecting there would leave PROJ's
// answers to the database's PROJ). Throws InputError/UsageError/OutputError.
PushdownResult run_pushdown(const InputSpec& inputs, const std::string& schema, bool overwrite,
                            const ProgressFn& progress = {});

}  // namespace renozone
