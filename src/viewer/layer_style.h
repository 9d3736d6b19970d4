// How a map layer is drawn and labelled: the part of a QGIS style (.qml) the
// viewer understands. Sizes keep their QGIS unit and are converted per render.
#pragma once

#include "filter_expression.h"

#include <QColor>
#include <QString>
#include <QVariant>

#include <vector>

namespace renozone::viewer {

enum class SizeUnit { millimetres, points, pixels, map_units };

struct Size {
    double value = 0;
    SizeUnit unit = SizeUnit::millimetres;
};

enum class SymbolLayerKind { fill, line, marker };

enum class MarkerShape { circle, square, diamond, triangle, pentagon, hexagon, star, cross };

struct SymbolLayer {
    SymbolLayerKind kind = SymbolLayerKind::fill;
    int pass = 0;  // QGIS rendering pass when symbol levels are on
    QColor fill = QColor(200, 200, 200);
    Qt::BrushStyle brush = Qt::SolidPattern;
    QColor stroke = QColor(80, 80, 80);
    Size stroke_width{0.26, SizeUnit::millimetres};
    Qt::PenStyle pen = Qt::SolidLine;
    Qt::PenJoinStyle join = Qt::BevelJoin;
    Qt::PenCapStyle cap = Qt::SquareCap;
    MarkerShape shape = MarkerShape::circle;
    Size marker_size{2, SizeUnit::millimetres};
};

struct Symbol {
    std::vector<SymbolLayer> layers;
    double opacity = 1.0;
};

// One entry of the legend and one way of drawing: the whole layer (single
// symbol), a category value, or a rule's filter.
struct StyleClass {
    QString label;
    Symbol symbol;
    bool render = true;
    QString value;                // categorised: the attribute's value as text ("" matches NULL too)
    FilterExpression filter;      // rule-based: empty matches everything
    bool is_else = false;         // rule-based ELSE
};

enum class RendererKind { single_symbol, categorised, rule_based };

enum class LabelPlacement { horizontal, along_line };

struct LabelStyle {
    bool enabled = false;
    QString field;                 // as the style names it (a field or an expression)
    FilterExpression text;         // evaluated per feature for the label's text
    QString font_family = QStringLiteral("Noto Sans CJK SC");
    Size font_size{9, SizeUnit::points};
    bool bold = false;
    QColor color = QColor(38, 38, 38);
    bool buffer = false;
    Size buffer_size{1, SizeUnit::millimetres};
    QColor buffer_color = Qt::white;
    LabelPlacement placement = LabelPlacement::horizontal;
    // Visible while min ≤ scale denominator ≤ max; 0 means no limit.
    double min_scale = 0;
    double max_scale = 0;
    int priority = 5;  // 0–10 as in QGIS; higher is placed first
};

struct LayerStyle {
    RendererKind renderer = RendererKind::single_symbol;
    QString attribute;  // categorised
    std::vector<StyleClass> classes;
    bool symbol_levels = false;
    LabelStyle label;
    QString source;  // where the style came from, for the layer's tooltip

    bool empty() const { return classes.empty(); }
};

}  // namespace renozone::viewer
