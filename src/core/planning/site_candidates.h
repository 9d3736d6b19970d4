// Where a new facility could go: the planner's own candidate sites from any
// OGR source, or a grid over open land in the district.
#pragma once

#include "core/analysis/district.h"
#include "core/base/progress.h"
#include "core/geometry/road_network.h"
#include "core/planning/site_rules.h"

#include <string>
#include <vector>

namespace renozone {

struct Candidate {
    std::string id;
    XY point{};  // working CRS; a polygon's point-on-surface
};

// Every feature of `layer` (or the source's only layer): id from its `id`
// field, else `name`, else the feature id. CRS `crs` when given, else the
// layer's. Throws InputError for a missing source, layer or CRS, an empty
// layer, or sites wholly outside the data.
std::vector<Candidate> candidates_from_source(const District& district, const std::string& source,
                                              const std::string& layer, const std::string& crs);

// Grid points `spacing_m` apart inside the streets (or, without street
// polygons, the communities) that are open land: on no building footprint, in
// no heritage area and farther than the rules' river buffer from the river.
// Throws UsageError for a spacing that is not positive or too fine for the extent.
std::vector<Candidate> grid_candidates(const District& district, const SiteRules& rules, double spacing_m,
                                       const ProgressFn& progress = {});

}  // namespace renozone
