// Stores QGIS styles (styles/<layer>.qml) in a GeoPackage's layer_styles
// table, the way QGIS itself saves them, so each layer opens styled.
#pragma once

#include <gdal_priv.h>

#include <string>
#include <vector>

namespace renozone {

// Layers without a style file are skipped; returns how many styles were written.
int write_layer_styles(GDALDataset& out, const std::vector<std::string>& layers);

}  // namespace renozone
