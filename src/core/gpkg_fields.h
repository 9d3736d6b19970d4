// Creating GeoPackage layers with a declared schema and filling features by
// column name, so each writer states its columns once.
#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <initializer_list>
#include <string>
#include <utility>

namespace renozone {

struct Column {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subtype = OFSTNone;
};

// Throws OutputError naming the layer when GDAL refuses.
OGRLayer* create_layer(GDALDataset& ds, const std::string& name, const OGRSpatialReference* srs,
                       OGRwkbGeometryType type, std::initializer_list<Column> columns, const std::string& description);

void insert_feature(OGRLayer& layer, OGRFeature& feature);

// Runs `fill` inside one transaction per layer: a GeoPackage commits each
// feature on its own otherwise, which is slow. An exception rolls it back.
template <typename Fill>
void in_transaction(GDALDataset& ds, Fill fill) {
    ds.StartTransaction();
    try {
        fill();
    } catch (...) {
        ds.RollbackTransaction();
        throw;
    }
    ds.CommitTransaction();
}

}  // namespace renozone
