#include "unit_options.h"

#include "core/base/errors.h"

namespace renozone::cli {

void add_shape_options(CLI::App& command, ShapeOptions& o, bool allow_communities) {
    const std::string group = "Geometry (one of)";
    command.add_option("--wkt", o.wkt, "polygon as WKT, in --crs (default: the working CRS)")->group(group);
    command.add_option("--geojson", o.geojson, "GeoJSON geometry/Feature/FeatureCollection: text or file")->group(group);
    command.add_option("--layer", o.layer, "every feature of a layer of this source")->group(group);
    command.add_option("--layer-name", o.layer_name, "which layer of --layer")->group(group);
    command.add_option("--crs", o.crs, "CRS of --wkt/--geojson/--layer coordinates, e.g. EPSG:4490")->group(group);
    if (allow_communities)
        command.add_option("--communities-ids", o.community_ids, "whole communities by id or name (片区统筹)")
            ->delimiter(',')
            ->group(group);
}

std::vector<UnitShape> ShapeOptions::read(const District& district, ShapeUse use) const {
    const int ways = !wkt.empty() + !geojson.empty() + !layer.empty() + !community_ids.empty();
    if (ways != 1) throw UsageError("give exactly one of --wkt, --geojson, --layer, --communities-ids");
    std::vector<UnitShape> shapes;
    if (!wkt.empty()) shapes.push_back(unit_from_wkt(district, wkt, crs, use));
    else if (!community_ids.empty()) shapes.push_back(unit_from_communities(district, community_ids));
    else shapes = units_from_source(district, geojson.empty() ? layer : geojson, layer_name, crs, use);
    return shapes;
}

}  // namespace renozone::cli
