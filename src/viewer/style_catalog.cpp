#include "style_catalog.h"

#include "fallback_style.h"
#include "qml_style_reader.h"

#include "core/io/embedded_data.h"
#include "core/io/source.h"

#include <ogrsf_frmts.h>

namespace renozone::viewer {

StyleCatalog::StyleCatalog(const QString& source) {
    if (source.isEmpty() || !source.endsWith(".gpkg", Qt::CaseInsensitive)) return;
    try {
        auto ds = open_vector(source.toStdString(), "");
        if (!ds || !ds->GetLayerByName("layer_styles")) return;
        // The default style first, then the newest, as QGIS picks it.
        OGRLayer* rows = ds->ExecuteSQL(
            "SELECT f_table_name, styleQML FROM layer_styles ORDER BY useAsDefault ASC, update_time ASC", nullptr, nullptr);
        if (!rows) return;
        for (auto& f : *rows) {
            const QString layer = QString::fromUtf8(f->GetFieldAsString(0));
            const QString qml = QString::fromUtf8(f->GetFieldAsString(1));
            if (!layer.isEmpty() && !qml.isEmpty()) embedded_.insert(layer, qml);  // later rows win
        }
        ds->ReleaseResultSet(rows);
    } catch (const std::exception& e) {
        problems_ << QString("layer_styles: %1").arg(e.what());
    }
}

LayerStyle StyleCatalog::style_for(const QString& layer, GeometryKind kind) const {
    QString problem;
    if (embedded_.contains(layer)) {
        LayerStyle style = read_qml_style(embedded_.value(layer), &problem);
        style.source = "layer_styles";
        if (!style.empty()) return style;
        problems_ << QString("%1 (layer_styles): %2").arg(layer, problem);
    }
    const std::string path = style_path(layer.toStdString());
    if (!path.empty()) {
        LayerStyle style = read_qml_file(QString::fromStdString(path), &problem);
        if (!style.empty()) return style;
        problems_ << QString("%1: %2").arg(QString::fromStdString(path), problem);
    }
    return fallback_style(kind, "name");
}

}  // namespace renozone::viewer
