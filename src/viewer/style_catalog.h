// Finds each layer's QGIS style: the source GeoPackage's own layer_styles row
// (as `renozone tag` and QGIS write it), else styles/<layer>.qml of the
// installation, else a plain fallback.
#pragma once

#include "geometry_store.h"
#include "layer_style.h"

#include <QMap>
#include <QString>

namespace renozone::viewer {

class StyleCatalog {
public:
    // Reads layer_styles from `source` when it is a GeoPackage that has one.
    explicit StyleCatalog(const QString& source = QString());

    LayerStyle style_for(const QString& layer, GeometryKind kind) const;
    // Problems met while reading styles (shown in the status bar, never fatal).
    const QStringList& problems() const { return problems_; }

private:
    QMap<QString, QString> embedded_;  // layer → QML from the source
    mutable QStringList problems_;
};

}  // namespace renozone::viewer
