// Reads a QGIS style (.qml text, as in styles/ or a GeoPackage's layer_styles)
// into a LayerStyle: single-symbol, categorised, graduated and rule-based
// renderers of simple fills, lines and markers, and simple or rule-based labels.
// What it does not understand falls back to something sensible, never fails.
#pragma once

#include "layer_style.h"

#include <QString>

namespace renozone::viewer {

// Returns an empty style (no classes) when the text is not a QGIS style;
// `problem` then says why.
LayerStyle read_qml_style(const QString& qml, QString* problem = nullptr);
LayerStyle read_qml_file(const QString& path, QString* problem = nullptr);

// "215,48,39,115", "215,48,39" or "#d73027"; `fallback` when unreadable.
QColor parse_qgis_color(const QString& text, const QColor& fallback = Qt::gray);
SizeUnit parse_qgis_unit(const QString& text);

}  // namespace renozone::viewer
