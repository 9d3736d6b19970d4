#include "fallback_style.h"

namespace renozone::viewer {

LayerStyle fallback_style(GeometryKind kind, const QString& label_field) {
    SymbolLayer s;
    switch (kind) {
        case GeometryKind::polygon:
            s.kind = SymbolLayerKind::fill;
            s.fill = QColor(190, 190, 190, 160);
            s.stroke = QColor(90, 90, 90);
            s.stroke_width = {0.2, SizeUnit::millimetres};
            break;
        case GeometryKind::line:
            s.kind = SymbolLayerKind::line;
            s.stroke = QColor(90, 90, 90);
            s.stroke_width = {0.4, SizeUnit::millimetres};
            break;
        case GeometryKind::point:
            s.kind = SymbolLayerKind::marker;
            s.fill = QColor(220, 60, 60);
            s.stroke = Qt::white;
            s.stroke_width = {0.2, SizeUnit::millimetres};
            s.marker_size = {2.5, SizeUnit::millimetres};
            break;
    }
    LayerStyle style;
    style.classes.push_back(StyleClass{QString(), Symbol{{s}, 1.0}, true, QString(), {}, false});
    style.source = QStringLiteral("fallback");
    if (!label_field.isEmpty()) {
        style.label.enabled = true;
        style.label.field = label_field;
        style.label.text = FilterExpression::parse('"' + label_field + '"');
        style.label.buffer = true;
    }
    return style;
}

LayerStyle units_style() {
    SymbolLayer s;
    s.kind = SymbolLayerKind::fill;
    s.fill = QColor(31, 120, 180, 40);
    s.stroke = QColor(31, 120, 180);
    s.stroke_width = {0.7, SizeUnit::millimetres};
    s.pen = Qt::DashLine;
    LayerStyle style = fallback_style(GeometryKind::polygon, QStringLiteral("name"));
    style.classes[0].symbol = Symbol{{s}, 1.0};
    style.label.color = QColor(31, 120, 180);
    style.label.bold = true;
    style.label.priority = 8;
    style.source = QStringLiteral("renozone-viewer");
    return style;
}

}  // namespace renozone::viewer
