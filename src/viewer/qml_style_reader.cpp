#include "qml_style_reader.h"

#include <QDomDocument>
#include <QFile>
#include <QMap>

namespace renozone::viewer {
namespace {

using Options = QMap<QString, QString>;

// QGIS 3 writes each symbol layer's settings twice: <Option type="Map"> and
// the older <prop k v>; either may be missing depending on the version.
Options symbol_layer_options(const QDomElement& layer) {
    Options options;
    for (QDomElement p = layer.firstChildElement("prop"); !p.isNull(); p = p.nextSiblingElement("prop"))
        options.insert(p.attribute("k"), p.attribute("v"));
    const QDomElement map = layer.firstChildElement("Option");
    for (QDomElement o = map.firstChildElement("Option"); !o.isNull(); o = o.nextSiblingElement("Option"))
        if (o.hasAttribute("name") && o.hasAttribute("value")) options.insert(o.attribute("name"), o.attribute("value"));
    return options;
}

Qt::PenStyle pen_style(const QString& s) {
    if (s == "no") return Qt::NoPen;
    if (s == "dash") return Qt::DashLine;
    if (s == "dot") return Qt::DotLine;
    if (s == "dash dot") return Qt::DashDotLine;
    if (s == "dash dot dot") return Qt::DashDotDotLine;
    return Qt::SolidLine;
}

Qt::BrushStyle brush_style(const QString& s) {
    static const QMap<QString, Qt::BrushStyle> styles = {
        {"no", Qt::NoBrush}, {"solid", Qt::SolidPattern}, {"horizontal", Qt::HorPattern},
        {"vertical", Qt::VerPattern}, {"cross", Qt::CrossPattern}, {"b_diagonal", Qt::BDiagPattern},
        {"f_diagonal", Qt::FDiagPattern}, {"diagonal_x", Qt::DiagCrossPattern}, {"dense1", Qt::Dense1Pattern},
        {"dense2", Qt::Dense2Pattern}, {"dense3", Qt::Dense3Pattern}, {"dense4", Qt::Dense4Pattern},
        {"dense5", Qt::Dense5Pattern}, {"dense6", Qt::Dense6Pattern}, {"dense7", Qt::Dense7Pattern}};
    return styles.value(s, Qt::SolidPattern);
}

Qt::PenJoinStyle join_style(const QString& s) {
    if (s == "miter") return Qt::MiterJoin;
    if (s == "round") return Qt::RoundJoin;
    return Qt::BevelJoin;
}

Qt::PenCapStyle cap_style(const QString& s) {
    if (s == "flat") return Qt::FlatCap;
    if (s == "round") return Qt::RoundCap;
    return Qt::SquareCap;
}

MarkerShape marker_shape(const QString& s) {
    if (s == "square" || s == "rectangle") return MarkerShape::square;
    if (s == "diamond") return MarkerShape::diamond;
    if (s.startsWith("triangle") || s == "equilateral_triangle") return MarkerShape::triangle;
    if (s == "pentagon") return MarkerShape::pentagon;
    if (s == "hexagon") return MarkerShape::hexagon;
    if (s == "star" || s == "star_diamond") return MarkerShape::star;
    if (s == "cross" || s == "cross_fill" || s == "cross2") return MarkerShape::cross;
    return MarkerShape::circle;
}

Size size_of(const Options& o, const QString& key, const QString& unit_key, Size fallback) {
    bool ok = false;
    const double v = o.value(key).toDouble(&ok);
    if (!ok) return fallback;
    return Size{v, o.contains(unit_key) ? parse_qgis_unit(o.value(unit_key)) : fallback.unit};
}

// The colour of the first line inside a pattern fill's sub-symbol.
QColor sub_symbol_line_color(const QDomElement& layer, const QColor& fallback) {
    const QDomElement sub = layer.firstChildElement("symbol");
    const QDomElement line = sub.firstChildElement("layer");
    if (line.isNull()) return fallback;
    return parse_qgis_color(symbol_layer_options(line).value("line_color"), fallback);
}

SymbolLayer read_symbol_layer(const QDomElement& layer, const QString& symbol_type) {
    const QString cls = layer.attribute("class");
    const Options o = symbol_layer_options(layer);
    SymbolLayer s;
    s.pass = layer.attribute("pass").toInt();
    if (symbol_type == "line" || cls == "SimpleLine") {
        s.kind = SymbolLayerKind::line;
        s.stroke = parse_qgis_color(o.value("line_color", o.value("color")), QColor(60, 60, 60));
        s.stroke_width = size_of(o, "line_width", "line_width_unit", {0.26, SizeUnit::millimetres});
        s.pen = pen_style(o.value("line_style", "solid"));
        s.join = join_style(o.value("joinstyle"));
        s.cap = cap_style(o.value("capstyle"));
        return s;
    }
    if (symbol_type == "marker" || cls.contains("Marker")) {
        s.kind = SymbolLayerKind::marker;
        s.fill = parse_qgis_color(o.value("color"), QColor(200, 60, 60));
        s.stroke = parse_qgis_color(o.value("outline_color"), QColor(35, 35, 35));
        s.stroke_width = size_of(o, "outline_width", "outline_width_unit", {0, SizeUnit::millimetres});
        s.pen = pen_style(o.value("outline_style", "solid"));
        s.shape = marker_shape(o.value("name"));
        s.marker_size = size_of(o, "size", "size_unit", {2, SizeUnit::millimetres});
        return s;
    }
    s.kind = SymbolLayerKind::fill;
    s.join = join_style(o.value("joinstyle"));
    if (cls == "LinePatternFill") {
        s.fill = sub_symbol_line_color(layer, QColor(0, 0, 0));
        s.brush = Qt::BDiagPattern;
        s.pen = Qt::NoPen;
        return s;
    }
    s.fill = parse_qgis_color(o.value("color"), QColor(200, 200, 200));
    s.brush = brush_style(o.value("style", "solid"));
    s.stroke = parse_qgis_color(o.value("outline_color"), QColor(35, 35, 35));
    s.stroke_width = size_of(o, "outline_width", "outline_width_unit", {0.26, SizeUnit::millimetres});
    s.pen = pen_style(o.value("outline_style", "solid"));
    return s;
}

Symbol read_symbol(const QDomElement& e) {
    Symbol symbol;
    symbol.opacity = e.attribute("alpha", "1").toDouble();
    const QString type = e.attribute("type");
    for (QDomElement l = e.firstChildElement("layer"); !l.isNull(); l = l.nextSiblingElement("layer"))
        if (l.attribute("enabled", "1") != "0") symbol.layers.push_back(read_symbol_layer(l, type));
    return symbol;
}

QMap<QString, Symbol> read_symbols(const QDomElement& renderer) {
    QMap<QString, Symbol> symbols;
    const QDomElement list = renderer.firstChildElement("symbols");
    for (QDomElement s = list.firstChildElement("symbol"); !s.isNull(); s = s.nextSiblingElement("symbol"))
        symbols.insert(s.attribute("name"), read_symbol(s));
    return symbols;
}

FilterExpression parse_or_never(const QString& text, QString* problem) {
    try {
        return FilterExpression::parse(text);
    } catch (const ExpressionError& e) {
        if (problem) *problem = QString("filter '%1': %2").arg(text, e.what());
        return FilterExpression::parse("FALSE");
    }
}

QString quoted_field(const QString& field) { return '"' + QString(field).replace('"', "\"\"") + '"'; }

// Nested rules apply their parent's filter too; ELSE at any level is flattened as ELSE.
void read_rules(const QDomElement& parent, const QString& inherited, const QMap<QString, Symbol>& symbols,
                std::vector<StyleClass>& out, QString* problem) {
    for (QDomElement r = parent.firstChildElement("rule"); !r.isNull(); r = r.nextSiblingElement("rule")) {
        if (r.attribute("active", "1") == "0") continue;
        const QString filter = r.attribute("filter").trimmed();
        const bool is_else = filter.compare("ELSE", Qt::CaseInsensitive) == 0;
        QString combined = inherited;
        if (!filter.isEmpty() && !is_else)
            combined = inherited.isEmpty() ? filter : QString("(%1) AND (%2)").arg(inherited, filter);
        if (r.hasAttribute("symbol") && symbols.contains(r.attribute("symbol"))) {
            StyleClass c;
            c.label = r.attribute("label");
            c.symbol = symbols.value(r.attribute("symbol"));
            c.is_else = is_else;
            c.filter = parse_or_never(combined, problem);
            out.push_back(std::move(c));
        }
        read_rules(r, combined, symbols, out, problem);
    }
}

void read_renderer(const QDomElement& renderer, LayerStyle& style, QString* problem) {
    const QString type = renderer.attribute("type");
    const auto symbols = read_symbols(renderer);
    style.symbol_levels = renderer.attribute("symbollevels") == "1";
    if (type == "categorizedSymbol") {
        style.renderer = RendererKind::categorised;
        style.attribute = renderer.attribute("attr");
        const QDomElement list = renderer.firstChildElement("categories");
        for (QDomElement c = list.firstChildElement("category"); !c.isNull(); c = c.nextSiblingElement("category")) {
            StyleClass k;
            k.value = c.attribute("value");
            k.label = c.attribute("label", k.value);
            k.render = c.attribute("render", "true") != "false";
            k.symbol = symbols.value(c.attribute("symbol"));
            style.classes.push_back(std::move(k));
        }
    } else if (type == "graduatedSymbol") {
        style.renderer = RendererKind::rule_based;
        const QString field = quoted_field(renderer.attribute("attr"));
        const QDomElement list = renderer.firstChildElement("ranges");
        for (QDomElement r = list.firstChildElement("range"); !r.isNull(); r = r.nextSiblingElement("range")) {
            StyleClass k;
            k.label = r.attribute("label");
            k.render = r.attribute("render", "true") != "false";
            k.symbol = symbols.value(r.attribute("symbol"));
            k.filter = parse_or_never(
                QString("%1 >= %2 AND %1 <= %3").arg(field, r.attribute("lower"), r.attribute("upper")), problem);
            style.classes.push_back(std::move(k));
        }
    } else if (type == "RuleRenderer") {
        style.renderer = RendererKind::rule_based;
        read_rules(renderer.firstChildElement("rules"), QString(), symbols, style.classes, problem);
    } else {
        style.renderer = RendererKind::single_symbol;
        if (!symbols.isEmpty()) {
            StyleClass k;
            k.symbol = symbols.contains("0") ? symbols.value("0") : symbols.first();
            style.classes.push_back(std::move(k));
        }
    }
}

QDomElement first_label_settings(const QDomElement& labeling) {
    if (labeling.attribute("type") == "rule-based") {
        for (QDomElement r = labeling.firstChildElement("rules").firstChildElement("rule"); !r.isNull();
             r = r.nextSiblingElement("rule")) {
            if (r.attribute("active", "1") == "0") continue;
            const QDomElement s = r.firstChildElement("settings");
            if (!s.isNull()) return s;
        }
        return {};
    }
    return labeling.firstChildElement("settings");
}

void read_labels(const QDomElement& root, LayerStyle& style, QString* problem) {
    const QDomElement settings = first_label_settings(root.firstChildElement("labeling"));
    if (settings.isNull() || root.attribute("labelsEnabled", "1") == "0") return;
    LabelStyle& l = style.label;
    const QDomElement text = settings.firstChildElement("text-style");
    l.field = text.attribute("fieldName");
    if (l.field.isEmpty()) return;
    l.text = parse_or_never(text.attribute("isExpression") == "1" ? l.field : quoted_field(l.field), problem);
    if (!text.attribute("fontFamily").isEmpty()) l.font_family = text.attribute("fontFamily");
    l.font_size = Size{text.attribute("fontSize", "9").toDouble(), parse_qgis_unit(text.attribute("fontSizeUnit", "Point"))};
    l.bold = text.attribute("fontWeight", "50").toInt() >= 63 || text.attribute("namedStyle").contains("Bold");
    l.color = parse_qgis_color(text.attribute("textColor"), QColor(38, 38, 38));
    l.color.setAlphaF(l.color.alphaF() * text.attribute("textOpacity", "1").toDouble());
    const QDomElement buffer = text.firstChildElement("text-buffer");
    l.buffer = buffer.attribute("bufferDraw") == "1";
    l.buffer_size = Size{buffer.attribute("bufferSize", "1").toDouble(), parse_qgis_unit(buffer.attribute("bufferSizeUnits", "MM"))};
    l.buffer_color = parse_qgis_color(buffer.attribute("bufferColor"), Qt::white);
    const QDomElement placement = settings.firstChildElement("placement");
    const int mode = placement.attribute("placement", "4").toInt();
    l.placement = (mode == 2 || mode == 3 || mode == 7) ? LabelPlacement::along_line : LabelPlacement::horizontal;
    l.priority = placement.attribute("priority", "5").toInt();
    const QDomElement rendering = settings.firstChildElement("rendering");
    if (rendering.attribute("drawLabels", "1") == "0") return;
    if (rendering.attribute("scaleVisibility") == "1") {
        // QGIS writes denominators: scaleMin is the most zoomed-in, scaleMax the most zoomed-out.
        l.min_scale = rendering.attribute("scaleMin", "0").toDouble();
        l.max_scale = rendering.attribute("scaleMax", "0").toDouble();
    }
    l.enabled = true;
}

}  // namespace

QColor parse_qgis_color(const QString& text, const QColor& fallback) {
    const QString t = text.trimmed();
    if (t.startsWith('#')) {
        QColor c(t);
        return c.isValid() ? c : fallback;
    }
    const QStringList parts = t.split(',');
    if (parts.size() < 3) return fallback;
    int v[4] = {0, 0, 0, 255};
    for (int i = 0; i < std::min<qsizetype>(4, parts.size()); ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toInt(&ok);
        if (!ok) return fallback;
    }
    return QColor(v[0], v[1], v[2], v[3]);
}

SizeUnit parse_qgis_unit(const QString& text) {
    if (text == "Pixel") return SizeUnit::pixels;
    if (text == "Point") return SizeUnit::points;
    if (text == "MapUnit" || text == "RenderMetersInMapUnits") return SizeUnit::map_units;
    return SizeUnit::millimetres;
}

LayerStyle read_qml_style(const QString& qml, QString* problem) {
    LayerStyle style;
    QDomDocument doc;
    const auto parsed = doc.setContent(qml);
    if (!parsed) {
        if (problem) *problem = "not XML";
        return style;
    }
    const QDomElement root = doc.documentElement();
    if (root.tagName() != "qgis") {
        if (problem) *problem = "not a QGIS style";
        return style;
    }
    const QDomElement renderer = root.firstChildElement("renderer-v2");
    if (!renderer.isNull()) read_renderer(renderer, style, problem);
    read_labels(root, style, problem);
    if (style.empty() && problem && problem->isEmpty()) *problem = "no symbols the viewer can draw";
    return style;
}

LayerStyle read_qml_file(const QString& path, QString* problem) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (problem) *problem = "cannot read " + path;
        return {};
    }
    LayerStyle style = read_qml_style(QString::fromUtf8(f.readAll()), problem);
    style.source = path;
    return style;
}

}  // namespace renozone::viewer
