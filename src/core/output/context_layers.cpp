#include "core/output/context_layers.h"

#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "core/geometry/crs.h"
#include "core/io/gpkg_fields.h"

namespace renozone {
namespace {

void copy_layer(OpenLayer& source, GDALDataset& out, const OGRSpatialReference& working) {
    OGRLayer& in = source.layer();
    const bool spatial = in.GetGeomType() != wkbNone;
    auto transform = spatial ? make_transform(source.srs(), working, source.where()) : nullptr;
    const char* description = in.GetMetadataItem("DESCRIPTION");
    const std::string option = std::string("DESCRIPTION=") + (description ? description : "");
    const char* options[] = {option.c_str(), nullptr};
    OGRLayer* copy = out.CreateLayer(source.kind().c_str(), spatial ? const_cast<OGRSpatialReference*>(&working) : nullptr,
                                     spatial ? wkbFlatten(in.GetGeomType()) : wkbNone, const_cast<char**>(options));
    if (!copy) throw OutputError("cannot create layer '" + source.kind() + "': " + take_last_gdal_error());
    OGRFeatureDefn* defn = in.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (copy->CreateField(defn->GetFieldDefn(i)) != OGRERR_NONE)
            throw OutputError("layer '" + source.kind() + "': cannot copy field '" + defn->GetFieldDefn(i)->GetNameRef() + "'");
    in_transaction(out, [&] {
        source.read_features([&](OGRFeature& feature) {
            OGRFeature f(copy->GetLayerDefn());
            f.SetFrom(&feature, TRUE);
            if (OGRGeometry* g = f.GetGeometryRef(); g && transform && g->transform(transform.get()) != OGRERR_NONE)
                throw InputError(source.where() + ": " + source.feature_label(feature) +
                                 ": cannot be transformed to the working CRS");
            insert_feature(*copy, f);
        });
    });
}

}  // namespace

std::vector<std::string> copy_context_layers(GDALDataset& out, const InputSpec& inputs, const OGRSpatialReference& working) {
    std::vector<std::string> copied;
    SourceFiles files(inputs.encoding);
    for (const char* kind : {"streets", "river", "roads", "facilities", "heritage", "plan", "plan_targets"}) {
        auto source = open_kind(inputs, kind, &files);
        if (!source) continue;
        copy_layer(*source, out, working);
        copied.emplace_back(kind);
    }
    return copied;
}

}  // namespace renozone
