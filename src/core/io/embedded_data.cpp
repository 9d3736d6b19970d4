#include "core/io/embedded_data.h"

#include "core/model/field_catalog.h"

#include <cstdlib>
#include <filesystem>

#ifndef RENOZONE_SOURCE_DATA_DIR
#define RENOZONE_SOURCE_DATA_DIR ""
#endif
#ifndef RENOZONE_INSTALL_DATA_DIR
#define RENOZONE_INSTALL_DATA_DIR ""
#endif

namespace fs = std::filesystem;

namespace renozone {

std::string data_root() {
    if (const char* env = std::getenv("RENOZONE_DATA_DIR"); env && *env) return env;
    for (const char* candidate : {RENOZONE_INSTALL_DATA_DIR, RENOZONE_SOURCE_DATA_DIR}) {
        if (*candidate && fs::exists(fs::path(candidate) / "data" / "wulong.gpkg")) return candidate;
    }
    return RENOZONE_SOURCE_DATA_DIR;
}

std::string embedded_dataset_path() { return (fs::path(data_root()) / "data" / "wulong.gpkg").string(); }

std::string style_path(const std::string& layer) {
    const fs::path path = fs::path(data_root()) / "styles" / (layer + ".qml");
    return fs::exists(path) ? path.string() : std::string();
}

InputSpec inputs_from_single_source(const std::string& path) {
    InputSpec spec;
    for (const auto& layer : layer_catalog()) spec.sources[layer.kind] = SourceSpec{path, layer.kind, "", false, layer.kind != "communities" && layer.kind != "buildings"};
    return spec;
}

}  // namespace renozone
