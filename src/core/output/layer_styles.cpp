#include "core/output/layer_styles.h"

#include "core/io/embedded_data.h"
#include "core/io/gpkg_fields.h"

#include <ogrsf_frmts.h>

#include <fstream>
#include <sstream>

namespace renozone {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

int write_layer_styles(GDALDataset& out, const std::vector<std::string>& layers) {
    // Same columns as QGIS creates; QGIS matches rows on f_table_schema = '' (not NULL)
    // and on the real geometry column name.
    OGRLayer* styles = create_layer(out, "layer_styles", nullptr, wkbNone,
        {{"f_table_catalog", OFTString}, {"f_table_schema", OFTString}, {"f_table_name", OFTString},
         {"f_geometry_column", OFTString}, {"styleName", OFTString}, {"styleQML", OFTString}, {"styleSLD", OFTString},
         {"useAsDefault", OFTInteger, OFSTBoolean}, {"description", OFTString}, {"owner", OFTString},
         {"ui", OFTString}, {"update_time", OFTDateTime}},
        "QGIS layer styles");
    int written = 0;
    in_transaction(out, [&] {
        for (const auto& name : layers) {
            const std::string path = style_path(name);
            OGRLayer* layer = out.GetLayerByName(name.c_str());
            if (path.empty() || !layer) continue;
            OGRFeature f(styles->GetLayerDefn());
            f.SetField("f_table_catalog", "");
            f.SetField("f_table_schema", "");
            f.SetField("f_table_name", name.c_str());
            f.SetField("f_geometry_column", layer->GetGeometryColumn());
            f.SetField("styleName", name.c_str());
            f.SetField("styleQML", read_file(path).c_str());
            f.SetField("styleSLD", "");
            f.SetField("useAsDefault", 1);
            f.SetField("description", "renozone default style");
            f.SetField("owner", "");
            f.SetField("ui", "");
            f.SetField("update_time", 2021, 6, 30, 0, 0, 0.0f, 100);
            insert_feature(*styles, f);
            ++written;
        }
    });
    return written;
}

}  // namespace renozone
