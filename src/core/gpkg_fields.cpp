#include "gpkg_fields.h"

#include "errors.h"
#include "gdal_errors.h"

namespace renozone {

OGRLayer* create_layer(GDALDataset& ds, const std::string& name, const OGRSpatialReference* srs,
                       OGRwkbGeometryType type, std::initializer_list<Column> columns, const std::string& description) {
    const std::string description_option = "DESCRIPTION=" + description;
    const char* options[] = {description_option.c_str(), nullptr};
    OGRLayer* layer = ds.CreateLayer(name.c_str(), const_cast<OGRSpatialReference*>(srs), type, const_cast<char**>(options));
    if (!layer) throw OutputError(std::string(ds.GetDescription()) + ": cannot create layer '" + name + "': " + take_last_gdal_error());
    for (const auto& column : columns) {
        OGRFieldDefn field(column.name, column.type);
        field.SetSubType(column.subtype);
        if (layer->CreateField(&field) != OGRERR_NONE)
            throw OutputError(std::string(ds.GetDescription()) + ": layer '" + name + "': cannot create field '" +
                              column.name + "': " + take_last_gdal_error());
    }
    return layer;
}

void insert_feature(OGRLayer& layer, OGRFeature& feature) {
    if (layer.CreateFeature(&feature) != OGRERR_NONE)
        throw OutputError(std::string("layer '") + layer.GetName() + "': cannot write a feature: " + take_last_gdal_error());
}

}  // namespace renozone
