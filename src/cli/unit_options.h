// How a unit's or a site's geometry is given on the command line: --wkt with
// --crs, --geojson (text or file), --layer SRC [--layer-name NAME], or
// --communities-ids (片区统筹: the union of whole communities).
#pragma once

#include "core/planning/unit_geometry.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace renozone::cli {

struct ShapeOptions {
    std::string wkt;
    std::string geojson;
    std::string layer;
    std::string layer_name;
    std::string crs;
    std::vector<std::string> community_ids;

    bool given() const { return !wkt.empty() || !geojson.empty() || !layer.empty() || !community_ids.empty(); }
    // Exactly one way must be given; throws UsageError otherwise.
    std::vector<UnitShape> read(const District& district, ShapeUse use = ShapeUse::unit) const;
};

void add_shape_options(CLI::App& command, ShapeOptions& options, bool allow_communities);

}  // namespace renozone::cli
