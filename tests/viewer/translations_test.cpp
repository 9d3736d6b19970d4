// Chinese is the source language; the English translation is compiled from
// i18n/renozone_viewer_en.ts into the binary.
#include "display_names.h"
#include "main_window.h"
#include "translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace renozone::viewer;

namespace {

void remove_translations() {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

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

TEST(Translations, LanguageChoiceOrder) {
    EXPECT_EQ(chosen_language("en"), "en");
    qputenv("RENOZONE_LANG", "en");
    EXPECT_EQ(chosen_language(QString()), "en");
    qunsetenv("RENOZONE_LANG");
}
