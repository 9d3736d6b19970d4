// The plugin speaks Chinese when QGIS does, English otherwise.
#include "column_fields.h"
#include "core/analysis/tagged_columns.h"
#include "core/base/errors.h"
#include "core/report/tool_columns.h"
#include "core/vocabulary/site_rule_words.h"
#include "core/vocabulary/stage_titles.h"
#include "engine_text.h"
#include "gap_fields.h"
#include "project_layers.h"
#include "renozone_provider.h"
#include "tag_algorithm.h"
#include "translation.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

namespace renozone::plugin::test {
namespace {

TEST(Translation, ChineseQgisGetsTheChineseInterface) {
    for (const QString& locale : {"zh-Hans", "zh_CN", "zh-Hant"}) {
        auto translator = install_translator(locale, QStringLiteral(RENOZONE_QM_DIR));
        ASSERT_NE(translator, nullptr) << locale.toStdString();
        EXPECT_EQ(TagAlgorithm().displayName(), QStringLiteral("标注改造小区与楼栋")) << locale.toStdString();
        QCoreApplication::removeTranslator(translator.get());
    }
    EXPECT_EQ(TagAlgorithm().displayName(), QStringLiteral("Tag planned communities and buildings"));
}

TEST(Translation, SiteRulesAreCalledByTheirTitles) {
    auto translator = install_translator(QStringLiteral("zh-Hans"), QStringLiteral(RENOZONE_QM_DIR));
    ASSERT_NE(translator, nullptr);
    EXPECT_EQ(qs(rule_title("within_scope", interface_lang())), QStringLiteral("位于改造范围内或邻近"));
    EXPECT_EQ(qs(rule_title("nearest_same_type", interface_lang())), QStringLiteral("最近同类设施"));
    EXPECT_EQ(qs(rule_title("a_new_rule", interface_lang())), QStringLiteral("a_new_rule"));
    QCoreApplication::removeTranslator(translator.get());
    EXPECT_EQ(qs(rule_title("within_scope", interface_lang())), QStringLiteral("Within or next to the renovation scope"));
}

TEST(Translation, TheEnginesProgressStagesAndTheLayersSpeakChineseToo) {
    auto translator = install_translator(QStringLiteral("zh-Hans"), QStringLiteral(RENOZONE_QM_DIR));
    ASSERT_NE(translator, nullptr);
    EXPECT_EQ(qs(stage_title({Stage::reading_layer, "buildings"}, interface_lang())), QStringLiteral("读取楼栋"));
    EXPECT_EQ(qs(stage_title(Stage::preparing_map_layers, interface_lang())), QStringLiteral("准备地图图层"));
    EXPECT_EQ(layer_title(QStringLiteral("communities")), QStringLiteral("小区 communities"));
    QCoreApplication::removeTranslator(translator.get());
    EXPECT_EQ(qs(stage_title({Stage::reading_layer, "buildings"}, interface_lang())), QStringLiteral("Reading buildings"));
    EXPECT_EQ(qs(stage_title(Stage::placing_buildings, interface_lang())), QStringLiteral("Placing buildings in communities"));
    EXPECT_EQ(layer_title(QStringLiteral("communities")), QStringLiteral("communities"));
}

TEST(Translation, EngineErrorsAreChineseInAChineseQgis) {
    const renozone::InputError said_both("a.gpkg", {"no such file", "文件不存在"});
    EXPECT_EQ(error_text(said_both), QStringLiteral("a.gpkg: no such file"));
    auto translator = install_translator(QStringLiteral("zh-Hans"), QStringLiteral(RENOZONE_QM_DIR));
    ASSERT_NE(translator, nullptr);
    EXPECT_EQ(error_text(said_both), QStringLiteral("a.gpkg：文件不存在"));
    EXPECT_EQ(error_text(renozone::InputError("a.gpkg: not said in Chinese yet")), QStringLiteral("a.gpkg: not said in Chinese yet"));
    // A value typed in the dock is named by its field, never by the CLI's option.
    const renozone::UsageError funding(renozone::Input::funding, {"shares add up to 0.900, not 1", "各方比例合计为 0.900，应为 1（100 %）"});
    EXPECT_EQ(error_text(funding), QStringLiteral("资金分担：各方比例合计为 0.900，应为 1（100 %）"));
    QCoreApplication::removeTranslator(translator.get());
    EXPECT_EQ(error_text(funding), QStringLiteral("Funding shares: shares add up to 0.900, not 1"));
}

// Output tables keep ASCII field names for expressions, with Chinese aliases in a Chinese QGIS.
TEST(Translation, OutputFieldsCarryChineseAliasesInAChineseQgis) {
    EXPECT_TRUE(fields_of(unit_columns(), true).field(QStringLiteral("households")).alias().isEmpty());
    auto translator = install_translator(QStringLiteral("zh-Hans"), QStringLiteral(RENOZONE_QM_DIR));
    ASSERT_NE(translator, nullptr);
    EXPECT_EQ(fields_of(unit_columns(), true).field(QStringLiteral("households")).alias(), QStringLiteral("户数"));
    EXPECT_EQ(fields_of(unit_columns(), true).field(QStringLiteral("central_cny")).alias(), QStringLiteral("中央资金 元"));
    EXPECT_EQ(fields_of(site_check_columns(), true).field(QStringLiteral("verdict")).alias(), QStringLiteral("结论"));
    EXPECT_EQ(fields_of(coverage_columns()).field(QStringLiteral("floor_area_m2")).alias(), QStringLiteral("建筑面积 m²"));
    EXPECT_EQ(community_gap_fields().field(QStringLiteral("coverage_pct")).alias(), QStringLiteral("覆盖率 %"));
    EXPECT_EQ(uncovered_building_fields().field(QStringLiteral("households")).alias(), QStringLiteral("户数"));
    EXPECT_EQ(fields_of(suggested_site_columns()).field(QStringLiteral("marginal_households")).alias(), QStringLiteral("新增覆盖户数"));
    for (const QgsFields& fields : {fields_of(unit_columns(), true), fields_of(site_check_columns(), true), fields_of(coverage_columns()), community_gap_fields(), uncovered_building_fields(),
                                    fields_of(suggested_site_columns())})
        for (const QgsField& field : fields) {
            EXPECT_FALSE(field.alias().isEmpty()) << field.name().toStdString();
            for (const QChar c : field.name()) EXPECT_LT(c.unicode(), 128) << field.name().toStdString();
        }
    QCoreApplication::removeTranslator(translator.get());
    EXPECT_TRUE(fields_of(site_check_columns(), true).field(QStringLiteral("verdict")).alias().isEmpty());
}

TEST(Translation, OtherLanguagesKeepTheEnglishSource) {
    EXPECT_EQ(install_translator(QStringLiteral("en_US"), QStringLiteral(RENOZONE_QM_DIR)), nullptr);
    EXPECT_EQ(install_translator(QStringLiteral("de"), QStringLiteral(RENOZONE_QM_DIR)), nullptr);
    EXPECT_EQ(TagAlgorithm().displayName(), QStringLiteral("Tag planned communities and buildings"));
}

TEST(Translation, EveryMessageOfTheInterfaceIsTranslated) {
    QFile ts(QStringLiteral(RENOZONE_TS_FILE));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    EXPECT_GT(text.count(QStringLiteral("<message")), 100);
    EXPECT_EQ(text.count(QStringLiteral("type=\"unfinished\"")), 0) << "run the renozone_qgis_update_translations target and translate";
}

}  // namespace
}  // namespace renozone::plugin::test
