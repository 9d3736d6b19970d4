// The map layers of a renozone GeoPackage in the QGIS project: one group,
// layers in drawing order, each styled by the style saved in the file
// (layer_styles, as `renozone tag` writes it) or else by styles/<layer>.qml.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QgsProject;
class QgsVectorLayer;

namespace renozone::plugin {

// Layer names the plugin shows, top of the legend first.
const QStringList& map_layer_names();

// "path|layername=name"
QString layer_uri(const QString& path, const QString& name);
// What the legend calls a layer: its table name, after the planner's word in a Chinese QGIS ("小区 communities").
QString layer_title(const QString& name);

// The file dialogs' filter for vector data of one's own (GeoPackage, Shapefile, GeoJSON, DXF …).
QString vector_file_filter();

// Removes the group `group_name` (and its layers) if present, then adds every
// layer of `map_layer_names()` the file holds. Returns the added layers by name.
QMap<QString, QgsVectorLayer*> show_geopackage(QgsProject& project, const QString& path, const QString& group_name);

// Styles a layer QGIS opened without a saved style from styles/<name>.qml;
// the layers the plugin itself creates get a simple built-in look.
void apply_renozone_style(QgsVectorLayer& layer, const QString& name);

}  // namespace renozone::plugin
