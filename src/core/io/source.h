// Opening a user's vector source and finding the layer and fields the engine
// needs in it. Any OGR source: a path or a connection string.
#pragma once

#include "core/base/errors.h"

#include "core/model/field_mapping.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace renozone {

struct SourceSpec {
    std::string path;   // file, directory or OGR connection string
    std::string layer;  // empty: the layer with the canonical name, or the only layer
    std::string crs;    // assumed CRS for a layer that has none
    bool gcj02 = false; // coordinates are GCJ-02: convert to WGS84 before anything else
    bool optional = false;  // a missing layer means the kind is absent, not an error
};

struct InputSpec {
    std::map<std::string, SourceSpec> sources;  // by canonical layer kind
    std::string encoding;                       // attribute encoding of Shapefiles without .cpg
    FieldMapping mapping;
    std::string working_crs;                    // empty: CGCS2000 3-degree zone by longitude
};

// The files one load reads, each opened once however many of its layers the
// load takes: opening a GeoPackage reads and checks its schema, about 4 ms a
// time, and `--data` names one file for up to nine layers. The files close
// when this and every layer opened through it are gone. One thread's: a GDAL
// dataset is not to be read from two threads at once.
class SourceFiles {
public:
    explicit SourceFiles(std::string encoding) : encoding_(std::move(encoding)) {}
    std::shared_ptr<GDALDataset> open(const std::string& path);

private:
    std::string encoding_;
    std::map<std::string, std::shared_ptr<GDALDataset>> open_;
};

class OpenLayer {
public:
    OpenLayer(const SourceSpec& spec, const std::string& kind, const FieldMapping& mapping, const std::string& encoding);
    // The layer in `dataset`, already open at spec.path.
    OpenLayer(const SourceSpec& spec, const std::string& kind, const FieldMapping& mapping, const std::string& encoding,
              std::shared_ptr<GDALDataset> dataset);

    const std::string& kind() const { return kind_; }
    const std::string& where() const { return where_; }  // "file.gpkg: layer 'buildings'"
    OGRLayer& layer() { return *layer_; }
    const SourceSpec& spec() const { return spec_; }
    std::string driver_name() const;  // GDAL's short name: GPKG, ESRI Shapefile, PostgreSQL, ...

    int field(const std::string& canonical) const;  // -1 when the source has no such field
    std::string source_field_name(const std::string& canonical) const;
    const std::map<std::string, int>& field_indexes() const { return index_; }

    // Layer CRS (traditional axis order), or the assumed one; throws InputError when neither.
    const OGRSpatialReference& srs() const { return *srs_; }

    std::string metadata_item(const char* name) const;

    // "feature 12 (id B00012)" style label for messages.
    std::string feature_label(OGRFeature& feature) const;

    // Calls `each` for every feature from the first. A feature GDAL could not
    // read, or a read that stops early (a damaged file), throws InputError
    // naming the feature instead of passing for the end of the layer.
    void read_features(const std::function<void(OGRFeature&)>& each);

    // Said after a field-name problem when the names look mis-decoded; empty otherwise.
    Problem encoding_hint() const;
    // How to read this source's text right: its encoding for a Shapefile, UTF-8 for the rest.
    Problem encoding_advice() const;
    const std::string& encoding() const { return encoding_; }

    // Text of a canonical field, trimmed; nullopt when absent, null or empty.
    std::optional<std::string> text(OGRFeature& feature, const std::string& canonical) const;

private:
    void resolve_fields(const FieldMapping& mapping);

    std::string kind_;
    SourceSpec spec_;
    std::string encoding_;
    std::string where_;
    std::shared_ptr<GDALDataset> dataset_;
    OGRLayer* layer_ = nullptr;
    std::map<std::string, int> index_;
    std::shared_ptr<OGRSpatialReference> srs_;
};

// The layer of `kind` the inputs name; nullptr when they name none, or when
// an optional source does not hold a layer of that name. Through `files`, a
// file already open for another layer is not opened again.
std::unique_ptr<OpenLayer> open_kind(const InputSpec& inputs, const std::string& kind, SourceFiles* files = nullptr);

// Calls `each` for every feature of `layer` from the first; a feature GDAL could
// not read, or a read that stops early (a damaged file), throws InputError
// naming `where` and the feature instead of passing for the end of the layer.
// `label` names a feature in that message ("feature 12" when not given).
void read_layer_features(OGRLayer& layer, const std::string& where, const std::function<void(OGRFeature&)>& each,
                         const std::function<std::string(OGRFeature&)>& label = {});

// The layer names a source holds, for messages and `info`.
std::vector<std::string> layer_names(GDALDataset& ds);
// The layer a load reads for `kind`: spec.layer when named, else the one named
// as the kind, else the only one; InputError saying which layers there are.
OGRLayer& choose_layer(GDALDataset& ds, const SourceSpec& spec, const std::string& kind);

GDALDatasetUniquePtr open_vector(const std::string& path, const std::string& encoding);

}  // namespace renozone
