// Creating GeoPackage layers with a declared schema and filling features by
// column name, so each writer states its columns once.
#pragma once

#include "core/model/table_columns.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace renozone {

[[noreturn]] void throw_output_error(GDALDataset& ds, const std::string& problem);

struct Column {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subtype = OFSTNone;
};

// Throws OutputError naming the layer when GDAL refuses.
OGRLayer* create_layer(GDALDataset& ds, const std::string& name, const OGRSpatialReference* srs,
                       OGRwkbGeometryType type, const std::vector<Column>& columns, const std::string& description);
// Adds the columns an existing layer lacks (one a table kept by an older
// version): throws OutputError naming the layer when GDAL refuses.
void add_missing_fields(GDALDataset& ds, OGRLayer& layer, const std::vector<Column>& columns);

// A table's columns as GeoPackage fields: integers as Integer, flags as
// booleans (Integer with the Boolean subtype), as QGIS reads them.
Column gpkg_column(const char* key, ColumnKind kind);
template <typename Row>
std::vector<Column> columns_of(const TableColumns<Row>& table) {
    std::vector<Column> columns;
    for (const auto& c : table) columns.push_back(gpkg_column(c.key, c.kind));
    return columns;
}

void insert_feature(OGRLayer& layer, OGRFeature& feature);

// One reusable feature of a layer, filled by column name without GDAL's
// case-insensitive search over every field at each call: names are matched
// among the layer's columns starting after the last one set, so filling
// columns in their declared order costs one comparison each.
class FeatureRow {
public:
    explicit FeatureRow(OGRLayer& layer);
    void set(const char* column, const char* value) { feature_.SetField(index(column), value); }
    void set(const char* column, const std::string& value) { set(column, value.c_str()); }
    void set(const char* column, int value) { feature_.SetField(index(column), value); }
    void set(const char* column, double value) { feature_.SetField(index(column), value); }
    void set(const char* column, const ColumnValue& value);  // a null leaves the column unset
    template <typename Row>
    void set_all(const TableColumns<Row>& table, const Row& row) {
        for (const auto& c : table) set(c.key, c.value(row));
    }
    void set_geometry(std::unique_ptr<OGRGeometry> geometry);
    void insert();  // writes the row (OutputError on failure) and starts an empty one

private:
    int index(const char* column);
    OGRLayer& layer_;
    OGRFeature feature_;
    std::vector<std::string> names_;
    std::size_t next_ = 0;
};

// Runs `fill` inside one transaction: a GeoPackage commits each feature on its
// own otherwise, which is slow, and a project file must never keep half a
// change. Rolled back when `fill` throws; throws OutputError when the commit fails.
template <typename Fill>
void in_transaction(GDALDataset& ds, Fill fill) {
    if (ds.StartTransaction() != OGRERR_NONE) throw_output_error(ds, "cannot start a transaction");
    try {
        fill();
    } catch (...) {
        ds.RollbackTransaction();
        throw;
    }
    if (ds.CommitTransaction() != OGRERR_NONE) throw_output_error(ds, "cannot commit the changes");
}

// A new, empty GeoPackage at `temp_path` (an AtomicFile's, which has no .gpkg
// extension: GDAL's warning about that is silenced). `target` names it in errors.
GDALDatasetUniquePtr create_geopackage(const std::string& temp_path, const std::string& target);

}  // namespace renozone
