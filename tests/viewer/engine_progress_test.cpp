// The viewer's progress window over engine work: the stage in Chinese, and
// Cancel stops the work at its next report.
#include "engine_progress.h"
#include "translation_reset.h"

#include <QMainWindow>

#include <gtest/gtest.h>

#include <thread>

using namespace renozone::viewer;

TEST(EngineProgress, NamesTheStageAsTheInterfaceDoes) {
    test::remove_translations();
    EXPECT_EQ(stage_title("reading buildings"), "读取楼栋");
    EXPECT_EQ(stage_title("reading communities"), "读取小区");
    EXPECT_EQ(stage_title("placing buildings"), "将楼栋归入小区");
    EXPECT_EQ(stage_title("writing buildings"), "写出楼栋");
    EXPECT_EQ(stage_title("finding facility gaps"), "分析设施缺口");
    EXPECT_EQ(stage_title("a stage the viewer does not know"), "a stage the viewer does not know");
}

TEST(EngineProgress, CancelStopsTheWorkAtItsNextReport) {
    QMainWindow window;
    EngineProgress progress(&window, "test");
    const renozone::ProgressFn report = progress.fn();
    EXPECT_NO_THROW(report("reading buildings", 1, 10));
    progress.cancel();
    EXPECT_THROW(report("reading buildings", 2, 10), EngineCanceled);
}

TEST(EngineProgress, ReportsFromAnotherThreadAreLeftAlone) {
    QMainWindow window;
    EngineProgress progress(&window, "test");
    progress.cancel();
    const renozone::ProgressFn report = progress.fn();
    bool thrown = false;
    std::thread other([&] {
        try {
            report("placing buildings", 1, 2);
        } catch (const EngineCanceled&) {
            thrown = true;
        }
    });
    other.join();
    EXPECT_FALSE(thrown);
}
