// Where the embedded default dataset and the QGIS styles live: next to the
// installed binary, in the source tree of a build, or where RENOZONE_DATA_DIR says.
#pragma once

#include "core/io/source.h"

#include <string>

namespace renozone {

std::string data_root();                  // folder holding data/ and styles/
std::string embedded_dataset_path();      // data/wulong.gpkg
std::string style_path(const std::string& layer);  // styles/<layer>.qml, or "" when none

// Every layer kind taken from one source (a GeoPackage holding the canonical layers).
InputSpec inputs_from_single_source(const std::string& path);

}  // namespace renozone
