#include "project_layers.h"

#include "core/io/embedded_data.h"
#include "core/vocabulary/layer_titles.h"
#include "engine_text.h"

#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

#include <gdal_priv.h>

#include <set>

namespace renozone::plugin {
namespace {

std::set<QString> layers_in(const QString& path) {
    std::set<QString> names;
    GDALDatasetUniquePtr ds(GDALDataset::Open(ss(path).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) return names;
    for (int i = 0; i < ds->GetLayerCount(); ++i) names.insert(QString::fromUtf8(ds->GetLayer(i)->GetName()));
    return names;
}

bool has_saved_style(QgsVectorLayer& layer) {
    QStringList ids, names, descriptions;
    QString error;
    return layer.listStylesInDatabase(ids, names, descriptions, error) > 0;
}

}  // namespace

const QStringList& map_layer_names() {
    static const QStringList names{"site_checks", "implementation_units", "facilities", "buildings", "roads",
                                   "heritage",    "communities",          "river",      "streets"};
    return names;
}

QString layer_uri(const QString& path, const QString& name) { return QStringLiteral("%1|layername=%2").arg(path, name); }

QString layer_title(const QString& name) {
    // In a Chinese QGIS the legend names each layer in both: 小区 communities.
    return interface_is_chinese() ? qs(renozone::layer_title(ss(name), Lang::zh)) + QLatin1Char(' ') + name : name;
}

void apply_renozone_style(QgsVectorLayer& layer, const QString& name) {
    if (const std::string qml = style_path(ss(name)); !qml.empty()) {
        bool ok = false;
        layer.loadNamedStyle(qs(qml), ok);
        if (ok) return;
    }
    if (name == QLatin1String("implementation_units")) {
        layer.setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple(
            {{"color", "255,140,0,50"}, {"outline_color", "230,100,0"}, {"outline_width", "0.8"}})));
    } else if (name == QLatin1String("site_checks")) {
        layer.setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(
            {{"name", "star"}, {"color", "200,0,120"}, {"size", "5"}})));
    }
}

QMap<QString, QgsVectorLayer*> show_geopackage(QgsProject& project, const QString& path, const QString& group_name) {
    QgsLayerTree* root = project.layerTreeRoot();
    if (QgsLayerTreeGroup* old = root->findGroup(group_name)) {
        QStringList ids;
        for (QgsLayerTreeLayer* node : old->findLayers()) ids << node->layerId();
        root->removeChildNode(old);
        project.removeMapLayers(ids);
    }
    QgsLayerTreeGroup* group = root->insertGroup(0, group_name);
    const auto present = layers_in(path);
    QMap<QString, QgsVectorLayer*> added;
    for (const QString& name : map_layer_names()) {
        if (!present.count(name)) continue;
        auto* layer = new QgsVectorLayer(layer_uri(path, name), layer_title(name), QStringLiteral("ogr"));
        if (!layer->isValid()) {
            delete layer;
            continue;
        }
        if (!has_saved_style(*layer)) apply_renozone_style(*layer, name);
        project.addMapLayer(layer, false);
        group->addLayer(layer);
        added.insert(name, layer);
    }
    return added;
}

QString vector_file_filter() {
    return QCoreApplication::translate("renozone", "Vector data (*.gpkg *.shp *.geojson *.json *.dxf *.gdb *.sqlite *.kml *.csv);;All files (*)");
}

}  // namespace renozone::plugin
