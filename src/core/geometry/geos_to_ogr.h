// GEOS polygons to OGR MultiPolygons for writing, copying coordinates
// directly instead of OGR's round trip through WKB.
#pragma once

#include "core/base/geos_handles.h"

#include <ogr_geometry.h>

#include <memory>

namespace renozone {

// Null for a null geometry; a Polygon becomes a one-part MultiPolygon.
std::unique_ptr<OGRGeometry> to_ogr_multipolygon(GEOSContextHandle_t ctx, const GEOSGeometry* geom);

}  // namespace renozone
