// Chinese is the source language; the English translation is compiled from
// i18n/renozone_viewer_en.ts into the binary.
#include "display_names.h"
#include "error_text.h"
#include "main_window.h"
#include "translation_reset.h"
#include "translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QTranslator>

#include <gtest/gtest.h>

#include "core/base/errors.h"

using namespace renozone::viewer;

using renozone::viewer::test::remove_translations;

namespace {

QString first_menu_title() {
    MainWindow window;
    return window.menuBar()->actions().at(0)->text();
}

}  // namespace

TEST(Translations, ChineseByDefaultEnglishOnRequest) {
    remove_translations();
    EXPECT_EQ(layer_title("communities"), "小区");
    EXPECT_EQ(first_menu_title(), "文件(&F)");
    ASSERT_TRUE(install_translations(*qApp, "en"));
    EXPECT_EQ(layer_title("communities"), "Communities");
    EXPECT_EQ(field_title("households"), "Households");
    EXPECT_EQ(first_menu_title(), "&File");
    remove_translations();
    EXPECT_EQ(layer_title("communities"), "小区");
}

TEST(Translations, EngineErrorsSpeakTheInterfacesLanguage) {
    const renozone::InputError said_both("a.gpkg", {"no such file", "文件不存在"});
    const renozone::InputError english_only("a.gpkg: not said in Chinese yet");
    remove_translations();
    EXPECT_EQ(error_text(said_both), "a.gpkg：文件不存在");
    EXPECT_EQ(error_text(english_only), "a.gpkg: not said in Chinese yet");
    ASSERT_TRUE(install_translations(*qApp, "en"));
    EXPECT_EQ(error_text(said_both), "a.gpkg: no such file");
    remove_translations();
}

TEST(Translations, LanguageChoiceOrder) {
    EXPECT_EQ(chosen_language("en"), "en");
    qputenv("RENOZONE_LANG", "en");
    EXPECT_EQ(chosen_language(QString()), "en");
    qunsetenv("RENOZONE_LANG");
}
