#include "fixture.h"

#include "core/base/gdal_errors.h"
#include "core/base/text_utils.h"
#include "core/geometry/polygon_rings.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace renozone::test {

TempDir::TempDir() {
    std::string pattern = (fs::temp_directory_path() / "renozone-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

void write_layer(const std::string& path, const std::string& driver_name, const std::string& layer_name, int epsg,
                 OGRwkbGeometryType type, const std::vector<FieldDef>& fields, const std::vector<FeatureDef>& features,
                 const std::vector<std::string>& layer_options) {
    init_gdal();
    GDALDatasetUniquePtr ds;
    if (fs::exists(path)) ds.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!ds) {
        auto* driver = GetGDALDriverManager()->GetDriverByName(driver_name.c_str());
        if (!driver) throw std::runtime_error("no driver " + driver_name);
        ds.reset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    if (!ds) throw std::runtime_error("cannot create " + path);
    OGRSpatialReference srs;
    if (epsg) {
        srs.importFromEPSG(epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    std::vector<const char*> options;
    for (const auto& o : layer_options) options.push_back(o.c_str());
    options.push_back(nullptr);
    OGRLayer* layer = ds->CreateLayer(layer_name.c_str(), epsg ? &srs : nullptr, type, const_cast<char**>(options.data()));
    if (!layer) throw std::runtime_error("cannot create layer " + layer_name);
    for (const auto& f : fields) {
        OGRFieldDefn defn(f.name.c_str(), f.type);
        layer->CreateField(&defn);
    }
    for (const auto& def : features) {
        OGRFeature feature(layer->GetLayerDefn());
        for (const auto& [name, value] : def.values)
            if (!value.empty()) feature.SetField(name.c_str(), value.c_str());
        if (!def.wkt.empty()) {
            OGRGeometry* g = nullptr;
            if (OGRGeometryFactory::createFromWkt(def.wkt.c_str(), epsg ? &srs : nullptr, &g) != OGRERR_NONE)
                throw std::runtime_error("bad WKT " + def.wkt);
            feature.SetGeometryDirectly(g);
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE) throw std::runtime_error("cannot write feature");
    }
}

std::string box(double x0, double y0, double x1, double y1) {
    auto p = [](double x, double y) { return format_number(x, 3, false) + " " + format_number(y, 3, false); };
    return "POLYGON((" + p(x0, y0) + "," + p(x1, y0) + "," + p(x1, y1) + "," + p(x0, y1) + "," + p(x0, y0) + "))";
}

std::string source_root() { return RENOZONE_TEST_SOURCE_ROOT; }

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

std::vector<double> closed_ring(std::vector<double> xy) {
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
    return xy;
}

std::vector<double> random_lattice_ring(std::mt19937& rng, int steps, int max_points) {
    std::uniform_int_distribution<int> coordinate(0, steps), length(3, max_points);
    std::vector<double> xy;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
        xy.push_back(476000.0 + coordinate(rng) * 0.5);
        xy.push_back(3245000.0 + coordinate(rng) * 0.5);
    }
    return closed_ring(std::move(xy));
}

GeomPtr polygon_of_ring(GEOSContextHandle_t ctx, const std::vector<double>& xy) {
    return renozone::polygon_of_ring(ctx, xy.data(), xy.size() / 2);
}

int TempDir::entries() const {
    int n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(path_)) ++n;
    return n;
}

std::string data_notice_of(const std::string& gpkg) {
    GDALDatasetUniquePtr ds(GDALDataset::Open(gpkg.c_str(), GDAL_OF_VECTOR));
    const char* notice = ds ? ds->GetMetadataItem("DATA_NOTICE") : nullptr;
    return notice ? notice : "";
}

}  // namespace renozone::test
