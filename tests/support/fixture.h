// Small vector datasets made on the fly for tests: a temporary folder and a
// writer that creates a layer from WKT and attribute values.
#pragma once

#include "core/base/geos_handles.h"

#include <ogr_core.h>

#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace renozone::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    // How many files and folders are in it: a write that failed left no temporary.
    int entries() const;

private:
    std::string path_;
};

struct FieldDef {
    std::string name;
    OGRFieldType type;
};

struct FeatureDef {
    std::map<std::string, std::string> values;  // field -> text (empty string: null)
    std::string wkt;                             // empty: no geometry
};

// The DATA_NOTICE metadata of a GeoPackage: which of two writes it holds.
std::string data_notice_of(const std::string& gpkg);

// Appends a layer to the file (created when missing) with the OGR driver named.
// epsg 0: no CRS.
void write_layer(const std::string& path, const std::string& driver, const std::string& layer, int epsg,
                 OGRwkbGeometryType type, const std::vector<FieldDef>& fields, const std::vector<FeatureDef>& features,
                 const std::vector<std::string>& layer_options = {});

// A rectangle polygon WKT.
std::string box(double x0, double y0, double x1, double y1);

// Flat ring coordinates x0 y0 x1 y1 ... with the first point repeated at the end.
std::vector<double> closed_ring(std::vector<double> xy);

// A closed ring of 3 to `max_points` random points on a half-metre lattice of
// `steps` × `steps` cells near Wulong: full of touching, overlapping and
// collinear edges and of vertices sharing an ordinate.
std::vector<double> random_lattice_ring(std::mt19937& rng, int steps, int max_points);

// The polygon of one closed ring, as GEOS holds it.
GeomPtr polygon_of_ring(GEOSContextHandle_t ctx, const std::vector<double>& xy);

// The folder holding the repository's data/ and styles/.
std::string source_root();

// How many times `part` stands in `text`, not overlapping.
std::size_t occurrences(const std::string& text, const std::string& part);

}  // namespace renozone::test
