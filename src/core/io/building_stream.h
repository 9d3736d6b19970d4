// Where the buildings go when a job needs their figures but not the buildings
// themselves (the summary of a whole city): the loader reads, places and
// hands them over batch by batch, and keeps none of them.
#pragma once

#include "core/model/model.h"
#include "core/model/placement.h"

#include <memory>
#include <vector>

namespace renozone {

// What a stream made of one batch on a worker thread, until it takes the batch in order.
struct StreamedBatch {
    virtual ~StreamedBatch() = default;
};

class BuildingStream {
public:
    virtual ~BuildingStream() = default;
    // Once, before the first building: the communities, streets, plan and
    // targets are loaded (their findings may not be in ds.findings yet).
    virtual void begin(const Dataset& ds) = 0;
    // Whether each Building::geom should carry its footprint (made valid, in
    // the working CRS) to work() and take(); without, only its placement comes.
    virtual bool keeps_footprints() const { return false; }
    // On any worker thread, with that thread's GEOS context: one batch's
    // buildings, read, given their assumed values and placed (places[i] is buildings[i]'s).
    virtual std::unique_ptr<StreamedBatch> work(const std::vector<Building>& buildings, const std::vector<Placement>& places,
                                                GEOSContextHandle_t ctx) const = 0;
    // On the loading thread, batch after batch in feature order.
    virtual void take(const std::vector<Building>& buildings, const std::vector<Placement>& places,
                      StreamedBatch& worked) = 0;
};

}  // namespace renozone
