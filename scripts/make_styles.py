#!/usr/bin/python3
"""Generate the QGIS styles (styles/<layer>.qml) for the output layers of `renozone tag`.

Each style is built with the PyQGIS API on an in-memory layer that carries the
fields the style refers to, exported (symbology + labelling only) and written
as UTF-8.  The output is deterministic: running the script again produces
byte-identical files.  Finally every written file is loaded back into a fresh
layer and its renderer type is checked; the script exits non-zero on mismatch.

Run with the system Python that has python3-qgis (QGIS 3.22):

    d=$(mktemp -d) && chmod 700 "$d" && \
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$d" /usr/bin/python3 scripts/make_styles.py
"""

import os
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # fixed XML attribute order, hence byte-identical output

from qgis.core import (  # noqa: E402  (the environment must be set first)
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLabeling,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsReadWriteContext,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

STYLES_DIR = Path(__file__).resolve().parent.parent / "styles"
CRS = "EPSG:4545"
FONT_FAMILY = "Noto Sans CJK SC"
STYLE_CATEGORIES = QgsMapLayer.Symbology | QgsMapLayer.Labeling
Shape = QgsSimpleMarkerSymbolLayerBase

# Shared colours.
OUTLINE_GREY = "#4d4d4d"
LABEL_DARK = "#262626"
HERITAGE_PURPLE = "#7b3294"
STREET_BLUE_GREY = "#3b4b5c"
WATER_FILL = "#a6cee3"
WATER_LINE = "#1f78b4"
WATER_LABEL = "#1f5f8b"
ROAD_CASING = "#8c8c8c"


# --------------------------------------------------------------------------- helpers

def colour(hex_code, opacity=1.0):
    c = QColor(hex_code)
    c.setAlphaF(opacity)
    return c


def symbol_of(symbol, layers):
    """Replace the default symbol layer of `symbol` by `layers` (ownership passes to the symbol)."""
    symbol.changeSymbolLayer(0, layers[0])
    for layer in layers[1:]:
        symbol.appendSymbolLayer(layer)
    return symbol


def fill_symbol(fill, outline, width_mm, opacity=1.0, brush=Qt.SolidPattern, pen=Qt.SolidLine):
    """A single simple-fill polygon symbol; widths in millimetres."""
    return symbol_of(QgsFillSymbol(), [
        QgsSimpleFillSymbolLayer(colour(fill, opacity), brush, colour(outline), pen, width_mm)])


def cased_line_symbol(fill, width_mm, casing, casing_mm):
    """A road line: a wider casing drawn in pass 0 under the fill drawn in pass 1."""
    layers = []
    for pass_, (c, w) in enumerate(((casing, casing_mm), (fill, width_mm))):
        line = QgsSimpleLineSymbolLayer(colour(c), w)
        line.setPenCapStyle(Qt.RoundCap)
        line.setPenJoinStyle(Qt.RoundJoin)
        line.setRenderingPass(pass_)
        layers.append(line)
    return symbol_of(QgsLineSymbol(), layers)


def marker_symbol(shape, fill, size_mm=3.0):
    marker = QgsSimpleMarkerSymbolLayer(shape, size_mm)
    marker.setColor(colour(fill))
    marker.setStrokeColor(colour("#ffffff"))
    marker.setStrokeWidth(0.3)
    return symbol_of(QgsMarkerSymbol(), [marker])


def categorized(field, classes, symbol_for):
    """classes: (value, legend label, style args); value "" is the catch-all category."""
    categories = [QgsRendererCategory(value, symbol_for(*args), label) for value, label, args in classes]
    return QgsCategorizedSymbolRenderer(field, categories)


def text_format(size_pt, colour_hex, bold=False, italic=False):
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    font.setItalic(italic)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size_pt)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(colour(colour_hex))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buffer.setColor(colour("#ffffff"))
    fmt.setBuffer(buffer)
    return fmt


def label_settings(field, fmt, max_scale_denominator, placement=QgsPalLayerSettings.Horizontal):
    """Label `field`, visible only when zoomed in to 1:max_scale_denominator or closer."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.setFormat(fmt)
    settings.placement = placement
    settings.scaleVisibility = True
    settings.minimumScale = max_scale_denominator
    settings.maximumScale = 0
    return settings


def set_labels(layer, settings):
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def memory_layer(name, geometry, fields):
    uri = f"{geometry}?crs={CRS}" + "".join(f"&field={f}:{t}" for f, t in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    if not layer.isValid():
        raise RuntimeError(f"could not create memory layer {name}")
    return layer


def stable_rule_key(layer_name, label):
    """Rule keys are random UUIDs by default; derive them from the rule instead."""
    return "{%s}" % uuid.uuid5(uuid.NAMESPACE_URL, f"renozone/styles/{layer_name}/{label}")


def write_style(layer, path):
    doc = QDomDocument()
    error = layer.exportNamedStyle(doc, QgsReadWriteContext(), STYLE_CATEGORIES)
    if error:
        raise RuntimeError(f"{layer.name()}: {error}")
    path.write_text(doc.toString(2), encoding="utf-8")


# --------------------------------------------------------------------------- layer styles

def style_communities(layer):
    outline_mm, demonstration_outline_mm = 0.4, 0.9

    def symbol(fill, opacity):
        sym = fill_symbol(fill, OUTLINE_GREY, outline_mm, opacity)
        # Demonstration communities get a thicker outline.
        sym.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression(
                f'CASE WHEN "demonstration" = 1 THEN {demonstration_outline_mm} ELSE {outline_mm} END'))
        return sym

    layer.setRenderer(categorized("phase", [
        ("实施", "实施 implement", ("#d73027", 0.45)),
        ("谋划", "谋划 plan", ("#fc8d59", 0.45)),
        ("储备", "储备 reserve", ("#fee08b", 0.45)),
        ("", "未纳入规划 not planned", ("#d9d9d9", 0.3)),
    ], symbol))
    set_labels(layer, label_settings("name", text_format(9, LABEL_DARK), 25000))


def building_rule(label, fill, expression):
    rule = QgsRuleBasedRenderer.Rule(fill_symbol(fill, "#595959", 0.1), 0, 0, expression, label)
    rule.setRuleKey(stable_rule_key("buildings", label))
    return rule


def style_buildings(layer):
    # Priority order: each building takes the first class it matches.
    classes = [
        ("heritage", "历史建筑 heritage", HERITAGE_PURPLE),
        ("d_grade", "D级危房 D-grade", "#99000d"),
        ("in_plan", "纳入改造 in plan", "#c2703d"),
        ("eligible", "符合条件未纳入 eligible, not planned", "#dcc08f"),
    ]
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey(stable_rule_key("buildings", "root"))
    earlier = []
    for field, label, fill in classes:
        # The flags are GeoPackage booleans, which QGIS reads as true/false, and
        # QGIS finds true = 1 false: test the flag's truth itself (NULL is false),
        # which holds for booleans and for 0/1 integers alike.
        condition = f'coalesce("{field}", false)'
        expression = " AND ".join([condition] + [f"NOT {c}" for c in earlier])
        earlier.append(condition)
        root.appendChild(building_rule(label, fill, expression))
    root.appendChild(building_rule("其他 other", "#c8c8c8", "ELSE"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def style_streets(layer):
    symbol = fill_symbol(STREET_BLUE_GREY, STREET_BLUE_GREY, 0.8, brush=Qt.NoBrush, pen=Qt.DashLine)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    set_labels(layer, label_settings("name", text_format(12, STREET_BLUE_GREY, bold=True), 100000))


def style_river(layer):
    layer.setRenderer(QgsSingleSymbolRenderer(fill_symbol(WATER_FILL, WATER_LINE, 0.2)))
    set_labels(layer, label_settings("name", text_format(10, WATER_LABEL, italic=True), 50000))


def style_roads(layer):
    renderer = categorized("class", [
        ("primary", "主干路 primary", ("#fde49c", 1.2, ROAD_CASING, 1.6)),
        ("secondary", "次干路 secondary", ("#fff3c4", 0.8, ROAD_CASING, 1.1)),
        ("local", "支路 local", ("#ffffff", 0.4, "#a0a0a0", 0.6)),
        ("", "其他 other", ("#d0d0d0", 0.3, "#a0a0a0", 0.4)),
    ], cased_line_symbol)
    renderer.setUsingSymbolLevels(True)
    layer.setRenderer(renderer)
    labels = label_settings("name", text_format(8, LABEL_DARK), 10000, QgsPalLayerSettings.Curved)
    labels.lineSettings().setPlacementFlags(QgsLabeling.LinePlacementFlag.OnLine)
    set_labels(layer, labels)


def style_facilities(layer):
    layer.setRenderer(categorized("type", [
        ("elderly_care", "养老 elderly care", (Shape.Circle, "#e31a1c")),
        ("day_care", "日间照料 day care", (Shape.Circle, "#fb9a99")),
        ("kindergarten", "幼儿园 kindergarten", (Shape.Triangle, "#ff7f00")),
        ("nursery", "托育 nursery", (Shape.Triangle, "#fdbf6f")),
        ("service_station", "社区服务站 service station", (Shape.Square, "#1f78b4")),
        ("health_station", "卫生服务站 health station", (Shape.CrossFill, "#33a02c")),
        ("culture_sports", "文体 culture & sports", (Shape.Star, "#6a3d9a")),
        ("public_toilet", "公厕 public toilet", (Shape.Diamond, "#8c6d31")),
        ("parking", "停车 parking", (Shape.Square, "#4a6fa5")),
        ("ev_charging", "充电 EV charging", (Shape.Hexagon, "#1b9e77")),
        ("waste_sorting", "垃圾分类 waste sorting", (Shape.Pentagon, "#666666")),
        ("", "其他 other", (Shape.Circle, "#bdbdbd", 2.0)),
    ], marker_symbol))


def style_heritage(layer):
    symbol = fill_symbol(HERITAGE_PURPLE, HERITAGE_PURPLE, 0.5, opacity=0.15)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.5)
    hatch.setLineWidth(0.2)
    hatch.setColor(colour(HERITAGE_PURPLE))
    symbol.appendSymbolLayer(hatch)  # hatching drawn over the light tint
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    set_labels(layer, label_settings("name", text_format(8, HERITAGE_PURPLE), 10000))


# layer name -> (geometry, fields, style function, expected renderer type)
LAYERS = {
    "communities": ("MultiPolygon",
                    [("id", "string"), ("name", "string"), ("planned", "integer"),
                     ("phase", "string"), ("demonstration", "integer")],
                    style_communities, "categorizedSymbol"),
    "buildings": ("MultiPolygon",
                  [("id", "string"), ("in_plan", "integer"), ("eligible", "integer"),
                   ("d_grade", "integer"), ("heritage", "integer"), ("lift_candidate", "integer")],
                  style_buildings, "RuleRenderer"),
    "streets": ("MultiPolygon", [("code", "string"), ("name", "string")],
                style_streets, "singleSymbol"),
    "river": ("MultiPolygon", [("name", "string")], style_river, "singleSymbol"),
    "roads": ("LineString", [("id", "string"), ("name", "string"), ("class", "string")],
              style_roads, "categorizedSymbol"),
    "facilities": ("Point",
                   [("id", "string"), ("type", "string"), ("name", "string"), ("capacity", "integer")],
                   style_facilities, "categorizedSymbol"),
    "heritage": ("MultiPolygon", [("id", "string"), ("name", "string"), ("grade", "string")],
                 style_heritage, "singleSymbol"),
}


# --------------------------------------------------------------------------- main

def write_all():
    STYLES_DIR.mkdir(exist_ok=True)
    for name, (geometry, fields, style, _) in LAYERS.items():
        layer = memory_layer(name, geometry, fields)
        style(layer)
        path = STYLES_DIR / f"{name}.qml"
        write_style(layer, path)
        print(f"wrote {path}")


def check_all():
    """Reload every style into a fresh layer; return the list of problems."""
    problems = []
    for name, (geometry, fields, _, expected) in LAYERS.items():
        layer = memory_layer(name, geometry, fields)
        message, ok = layer.loadNamedStyle(str(STYLES_DIR / f"{name}.qml"))
        found = layer.renderer().type() if ok and layer.renderer() else None
        if found != expected:
            problems.append(f"{name}: renderer {found!r}, expected {expected!r} ({message})")
    return problems


def main():
    app = QgsApplication([], False)
    app.initQgis()
    write_all()
    problems = check_all()
    app.exitQgis()
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
