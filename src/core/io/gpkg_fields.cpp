#include "core/io/gpkg_fields.h"

#include "core/base/errors.h"
#include "core/base/gdal_errors.h"

#include <stdexcept>

namespace renozone {
namespace {

void add_field(GDALDataset& ds, OGRLayer& layer, const Column& column) {
    OGRFieldDefn field(column.name, column.type);
    field.SetSubType(column.subtype);
    if (layer.CreateField(&field) != OGRERR_NONE)
        throw OutputError(std::string(ds.GetDescription()) + ": layer '" + layer.GetName() + "': cannot create field '" + column.name +
                          "': " + take_last_gdal_error());
}

}  // namespace

OGRLayer* create_layer(GDALDataset& ds, const std::string& name, const OGRSpatialReference* srs,
                       OGRwkbGeometryType type, const std::vector<Column>& columns, const std::string& description) {
    const std::string description_option = "DESCRIPTION=" + description;
    const char* options[] = {description_option.c_str(), nullptr};
    OGRLayer* layer = ds.CreateLayer(name.c_str(), const_cast<OGRSpatialReference*>(srs), type, const_cast<char**>(options));
    if (!layer) throw OutputError(std::string(ds.GetDescription()) + ": cannot create layer '" + name + "': " + take_last_gdal_error());
    for (const auto& column : columns) add_field(ds, *layer, column);
    return layer;
}

void add_missing_fields(GDALDataset& ds, OGRLayer& layer, const std::vector<Column>& columns) {
    for (const auto& column : columns)
        if (layer.GetLayerDefn()->GetFieldIndex(column.name) < 0) add_field(ds, layer, column);
}

Column gpkg_column(const char* key, ColumnKind kind) {
    switch (kind) {
    case ColumnKind::text: return {key, OFTString};
    case ColumnKind::integer: return {key, OFTInteger};
    case ColumnKind::real: return {key, OFTReal};
    case ColumnKind::flag: return {key, OFTInteger, OFSTBoolean};
    }
    return {key, OFTString};
}

void throw_output_error(GDALDataset& ds, const std::string& problem) {
    const std::string detail = take_last_gdal_error();
    throw OutputError(std::string(ds.GetDescription()) + ": " + problem + (detail.empty() ? "" : ": " + detail));
}

GDALDatasetUniquePtr create_geopackage(const std::string& temp_path, const std::string& target) {
    init_gdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver) throw OutputError("GDAL has no GeoPackage driver");
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetUniquePtr ds(driver->Create(temp_path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    const std::string error = CPLGetLastErrorMsg();
    CPLPopErrorHandler();
    if (!ds) throw OutputError(target + ": cannot create the GeoPackage: " + error);
    return ds;
}

void insert_feature(OGRLayer& layer, OGRFeature& feature) {
    if (layer.CreateFeature(&feature) != OGRERR_NONE)
        throw OutputError(std::string("layer '") + layer.GetName() + "': cannot write a feature: " + take_last_gdal_error());
}

FeatureRow::FeatureRow(OGRLayer& layer) : layer_(layer), feature_(layer.GetLayerDefn()) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) names_.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
}

int FeatureRow::index(const char* column) {
    for (std::size_t k = 0; k < names_.size(); ++k) {
        const std::size_t i = (next_ + k) % names_.size();
        if (names_[i] == column) {
            next_ = i + 1;
            return static_cast<int>(i);
        }
    }
    throw std::logic_error(std::string("layer '") + layer_.GetName() + "' has no column '" + column + "'");
}

void FeatureRow::set(const char* column, const ColumnValue& value) {
    if (const auto* n = std::get_if<long long>(&value)) set(column, static_cast<int>(*n));
    else if (const auto* x = std::get_if<double>(&value)) set(column, *x);
    else if (const auto* b = std::get_if<bool>(&value)) set(column, *b ? 1 : 0);
    else if (const auto* t = std::get_if<std::string>(&value)) set(column, t->c_str());
}

void FeatureRow::set_geometry(std::unique_ptr<OGRGeometry> geometry) { feature_.SetGeometryDirectly(geometry.release()); }

void FeatureRow::insert() {
    insert_feature(layer_, feature_);
    feature_.Reset();
    next_ = 0;
}

}  // namespace renozone
