// The repair of the commonest invalid footprint: one ring whose edges cross
// once, as when two corners are traced in the wrong order (a bow-tie). It is
// split at the crossing into its two lobes, which is what GEOS's MakeValid
// ("linework") makes of it, without noding and rebuilding the ring: 0.2 ms a
// footprint in GEOS, a few microseconds here.
#pragma once

#include "core/base/geos_handles.h"

namespace renozone {

// For a Polygon whose one ring crosses itself once: a MultiPolygon of the two
// lobes, each clockwise (as GEOS builds its results), the one reaching lowest
// first. Null for anything else — a simple ring, holes, a lobe inside the
// other (GEOS makes that a hole), more crossings, a touch, a sign the
// floating-point bound cannot decide — which GEOS must repair.
GeomPtr split_bow_tie(GEOSContextHandle_t ctx, const GEOSGeometry* polygon);

}  // namespace renozone
