#include "session_source.h"

#include "core/io/embedded_data.h"

namespace renozone::widgets {
namespace {

SourceSpec own_file(const QString& path, const QString& layer, const QString& crs) {
    SourceSpec spec;
    spec.path = path.toStdString();
    spec.layer = layer.toStdString();
    spec.crs = crs.toStdString();
    return spec;
}

}  // namespace

InputSpec SessionSource::inputs() const {
    InputSpec spec = path.isEmpty() && own_files() ? InputSpec{}
                                                   : inputs_from_single_source(path.isEmpty() ? embedded_dataset_path() : path.toStdString());
    if (!communities.isEmpty()) spec.sources["communities"] = own_file(communities, communities_layer, communities_crs);
    if (!buildings.isEmpty()) spec.sources["buildings"] = own_file(buildings, buildings_layer, buildings_crs);
    for (const QString& field : fields) spec.mapping.add(field.toStdString());
    for (const QString& value : defaults) spec.mapping.add_default(value.toStdString());
    return spec;
}

}  // namespace renozone::widgets
