#include "facility_gaps.h"

namespace renozone::viewer {
namespace {

FacilityGapsProvider& provider() {
    static FacilityGapsProvider p;  // set here to a wrapper of the core's compute_gaps once it exists
    return p;
}

}  // namespace

const FacilityGapsProvider& facility_gaps_provider() { return provider(); }
void set_facility_gaps_provider(FacilityGapsProvider p) { provider() = std::move(p); }

}  // namespace renozone::viewer
