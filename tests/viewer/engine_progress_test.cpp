// The viewer's progress window over engine work: the stage in Chinese, and
// Cancel stops the work at its next report.
#include "engine_progress.h"
#include "translation_reset.h"
#include "translations.h"

#include <QApplication>
#include <QProgressDialog>

#include <QMainWindow>

#include <gtest/gtest.h>

#include <thread>

using namespace renozone::viewer;

TEST(EngineProgress, NamesTheStageInTheInterfaceLanguage) {
    test::remove_translations();
    QMainWindow window;
    EngineProgress progress(&window, "test");
    progress.fn()({renozone::Stage::reading_layer, "buildings"}, 1, 10);
    const auto* dialog = window.findChild<QProgressDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->labelText(), "读取楼栋");
    progress.fn()(renozone::Stage::placing_buildings, 2, 10);
    EXPECT_EQ(dialog->labelText(), "将楼栋归入小区");
    ASSERT_TRUE(install_translations(*qApp, "en"));
    progress.fn()(renozone::Stage::placing_buildings, 3, 10);
    EXPECT_EQ(dialog->labelText(), "Placing buildings in communities");
    test::remove_translations();
}

TEST(EngineProgress, CancelStopsTheWorkAtItsNextReport) {
    QMainWindow window;
    EngineProgress progress(&window, "test");
    const renozone::ProgressFn report = progress.fn();
    EXPECT_NO_THROW(report({renozone::Stage::reading_layer, "buildings"}, 1, 10));
    progress.cancel();
    EXPECT_THROW(report({renozone::Stage::reading_layer, "buildings"}, 2, 10), EngineCanceled);
}

TEST(EngineProgress, ReportsFromAnotherThreadAreLeftAlone) {
    QMainWindow window;
    EngineProgress progress(&window, "test");
    progress.cancel();
    const renozone::ProgressFn report = progress.fn();
    bool thrown = false;
    std::thread other([&] {
        try {
            report(renozone::Stage::placing_buildings, 1, 2);
        } catch (const EngineCanceled&) {
            thrown = true;
        }
    });
    other.join();
    EXPECT_FALSE(thrown);
}
