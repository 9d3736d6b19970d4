// Geometry between QGIS and the engine. A QGIS geometry in any CRS is
// transformed into the working CRS and handed to the engine as GEOS, which
// checks it (type, validity, overlap with the data); engine geometries come
// back as QgsGeometry in the working CRS.
#pragma once

#include "core/planning/unit_geometry.h"
#include "loaded_district.h"

#include <qgscoordinatetransformcontext.h>
#include <qgsgeometry.h>

namespace renozone::plugin {

// Throws InputError naming `label` when the geometry cannot be transformed
// or is not a valid unit polygon (or site) overlapping the data.
UnitShape checked_shape(const LoadedDistrict& loaded, const QgsGeometry& geometry, const QgsCoordinateReferenceSystem& crs,
                        const QgsCoordinateTransformContext& transforms, ShapeUse use, const QString& label);

QgsGeometry to_qgis(const District& district, const GEOSGeometry* geometry);

// WKT of an engine geometry (working CRS), as the CLI's --wkt takes it.
QString engine_wkt(const District& district, const GEOSGeometry* geometry);

}  // namespace renozone::plugin
