// GEOS geometries of the core (working CRS) into the viewer's drawing store,
// and the polygons a planner draws into GEOS for the core.
#pragma once

#include "core/base/geos_handles.h"
#include "geometry_store.h"

#include <QPolygonF>

namespace renozone::viewer {

// Appends the geometry as one feature (a null or empty geometry adds a feature without parts).
void add_geos_feature(GeometryStore& store, GEOSContextHandle_t ctx, const GEOSGeometry* geom);
// Where a polygon's label goes: its GEOS point-on-surface, else its box centre.
QPointF label_anchor(GEOSContextHandle_t ctx, const GEOSGeometry* geom);
// A closed polygon from a ring of map points (closing it when needed); null for fewer than 3 points.
GeomPtr polygon_from_ring(GEOSContextHandle_t ctx, const QPolygonF& ring);
GeomPtr point_geometry(GEOSContextHandle_t ctx, QPointF p);
// Every ring / line of the geometry in map units, for overlays.
QPainterPath painter_path(GEOSContextHandle_t ctx, const GEOSGeometry* geom);

}  // namespace renozone::viewer
