#include "qml_style_reader.h"
#include "style_classifier.h"

#include "core/io/embedded_data.h"

#include <QVariantMap>

#include <gtest/gtest.h>

using namespace renozone::viewer;

namespace {

LayerStyle shipped(const char* layer) {
    const std::string path = renozone::style_path(layer);
    EXPECT_FALSE(path.empty()) << layer;
    QString problem;
    LayerStyle style = read_qml_file(QString::fromStdString(path), &problem);
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    return style;
}

int class_of(const LayerStyle& style, const QVariantMap& values) {
    return classify(style, [&](const QString& f) { return values.value(f); });
}

}  // namespace

TEST(QmlStyleReader, CommunitiesAreCategorisedByPhaseWithLabels) {
    const LayerStyle s = shipped("communities");
    EXPECT_EQ(s.renderer, RendererKind::categorised);
    EXPECT_EQ(s.attribute, "phase");
    ASSERT_EQ(s.classes.size(), 4u);
    EXPECT_EQ(s.classes[0].value, "实施");
    EXPECT_EQ(s.classes[0].symbol.layers.at(0).fill, QColor(215, 48, 39, 115));
    EXPECT_EQ(s.classes[0].symbol.layers.at(0).stroke, QColor(77, 77, 77));
    EXPECT_DOUBLE_EQ(s.classes[0].symbol.layers.at(0).stroke_width.value, 0.4);
    EXPECT_EQ(class_of(s, {{"phase", "谋划"}}), 1);
    EXPECT_EQ(class_of(s, {{"phase", QVariant()}}), 3);  // "" takes NULL
    EXPECT_EQ(class_of(s, {{"phase", "unknown"}}), no_class);
    EXPECT_TRUE(s.label.enabled);
    EXPECT_EQ(s.label.field, "name");
    EXPECT_EQ(s.label.font_family, "Noto Sans CJK SC");
    EXPECT_DOUBLE_EQ(s.label.font_size.value, 9);
    EXPECT_DOUBLE_EQ(s.label.max_scale, 25000);
    EXPECT_TRUE(s.label.buffer);
}

TEST(QmlStyleReader, BuildingsAreRuleBasedInTheShippedOrder) {
    const LayerStyle s = shipped("buildings");
    EXPECT_EQ(s.renderer, RendererKind::rule_based);
    ASSERT_EQ(s.classes.size(), 5u);
    EXPECT_TRUE(s.classes[4].is_else);
    EXPECT_EQ(class_of(s, {{"heritage", 1}, {"d_grade", 1}}), 0);
    EXPECT_EQ(class_of(s, {{"d_grade", 1}}), 1);
    EXPECT_EQ(class_of(s, {{"in_plan", 1}}), 2);
    EXPECT_EQ(class_of(s, {{"eligible", 1}}), 3);
    EXPECT_EQ(class_of(s, {{"eligible", 0}}), 4);
    EXPECT_EQ(s.classes[2].symbol.layers.at(0).fill, QColor(194, 112, 61));
    EXPECT_FALSE(s.label.enabled);
}

TEST(QmlStyleReader, RoadsHaveCasedLinesDrawnBySymbolLevels) {
    const LayerStyle s = shipped("roads");
    EXPECT_TRUE(s.symbol_levels);
    ASSERT_EQ(s.classes.size(), 4u);
    const auto& primary = s.classes[0].symbol.layers;
    ASSERT_EQ(primary.size(), 2u);
    EXPECT_EQ(primary[0].kind, SymbolLayerKind::line);
    EXPECT_LT(primary[0].pass, primary[1].pass);
    EXPECT_GT(primary[0].stroke_width.value, primary[1].stroke_width.value);  // casing under the fill
    EXPECT_EQ(s.label.placement, LabelPlacement::along_line);
}

TEST(QmlStyleReader, FacilitiesAreMarkersStreetsDashedHeritageHatched) {
    const LayerStyle facilities = shipped("facilities");
    EXPECT_EQ(facilities.classes.at(0).symbol.layers.at(0).kind, SymbolLayerKind::marker);
    EXPECT_DOUBLE_EQ(facilities.classes.at(0).symbol.layers.at(0).marker_size.value, 3);
    const LayerStyle streets = shipped("streets");
    EXPECT_EQ(streets.renderer, RendererKind::single_symbol);
    EXPECT_EQ(streets.classes.at(0).symbol.layers.at(0).pen, Qt::DashLine);
    EXPECT_EQ(streets.classes.at(0).symbol.layers.at(0).brush, Qt::NoBrush);
    const LayerStyle heritage = shipped("heritage");
    bool hatched = false;
    for (const auto& l : heritage.classes.at(0).symbol.layers) hatched |= l.brush == Qt::BDiagPattern;
    EXPECT_TRUE(hatched);
}

TEST(QmlStyleReader, OlderPropFormatAndGraduatedRenderer) {
    const QString qml = R"(<!DOCTYPE qgis><qgis>
      <renderer-v2 type="graduatedSymbol" attr="floors">
        <ranges>
          <range lower="0" upper="5" symbol="0" label="low" render="true"/>
          <range lower="5" upper="40" symbol="1" label="high" render="true"/>
        </ranges>
        <symbols>
          <symbol type="fill" name="0" alpha="0.5"><layer class="SimpleFill"><prop k="color" v="#00ff00"/></layer></symbol>
          <symbol type="fill" name="1" alpha="1"><layer class="SimpleFill"><prop k="color" v="1,2,3,255"/></layer></symbol>
        </symbols>
      </renderer-v2></qgis>)";
    QString problem;
    const LayerStyle s = read_qml_style(qml, &problem);
    ASSERT_EQ(s.classes.size(), 2u) << problem.toStdString();
    EXPECT_EQ(s.classes[0].symbol.layers[0].fill, QColor(0, 255, 0));
    EXPECT_DOUBLE_EQ(s.classes[0].symbol.opacity, 0.5);
    EXPECT_EQ(class_of(s, {{"floors", 3}}), 0);
    EXPECT_EQ(class_of(s, {{"floors", 9}}), 1);
}

TEST(QmlStyleReader, NotAStyleGivesAnEmptyStyleAndAReason) {
    QString problem;
    EXPECT_TRUE(read_qml_style("<html/>", &problem).empty());
    EXPECT_FALSE(problem.isEmpty());
    EXPECT_TRUE(read_qml_style("not xml at all <", &problem).empty());
    EXPECT_EQ(parse_qgis_color("nonsense", Qt::red), QColor(Qt::red));
}
