// The polygon of an implementation unit, however a planner gives it: WKT (with
// its CRS), GeoJSON text or file, the features of a layer, or whole communities
// picked on the map (片区统筹: their union). Always checked and in the working CRS.
#pragma once

#include "core/analysis/district.h"

#include <string>
#include <vector>

namespace renozone {

// Units are polygons; a proposed facility site may also be a point.
enum class ShapeUse { unit, site };

struct UnitShape {
    std::string label;  // "--wkt", "units.gpkg: layer 'x': feature 3", "communities FS01,FS02"
    std::string name;   // the feature's name field when it has one
    GeomPtr geom;
};

// crs empty: the working CRS.
UnitShape unit_from_wkt(const District& district, const std::string& wkt, const std::string& crs,
                        ShapeUse use = ShapeUse::unit);
// A GeoJSON geometry, Feature or FeatureCollection, as text or a file; or any OGR
// source (all features of `layer`, or of its only layer). CRS from the source,
// else `crs`, else the working CRS for GeoJSON text.
std::vector<UnitShape> units_from_source(const District& district, const std::string& source, const std::string& layer,
                                         const std::string& crs, ShapeUse use = ShapeUse::unit);
// The union of whole communities, each given by id or name (find_community), a
// value may list several (list_items); the label names their ids.
UnitShape unit_from_communities(const District& district, const std::vector<std::string>& ids_or_names);

// Throws InputError naming `label` unless the geometry is a non-empty, valid
// polygon (or, for a site, a point) that overlaps the data.
void check_unit_geometry(const District& district, const GEOSGeometry* geom, const std::string& label,
                         ShapeUse use = ShapeUse::unit);

}  // namespace renozone
