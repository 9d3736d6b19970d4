// The plugin's long work as a QGIS task: cancel reaches the engine through its
// next progress report, and an engine error comes back as its one-line message.
#include "engine_task.h"

#include "core/base/errors.h"

#include <qgsapplication.h>
#include <qgstaskmanager.h>

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>

#include <algorithm>
#include <mutex>
#include <vector>

namespace renozone::plugin::test {
namespace {

struct Outcome {
    bool ended = false, succeeded = false, canceled = false;
    QString error;
};

EngineTask::Ended record(Outcome& outcome) {
    return [&outcome](bool succeeded, bool canceled, const QString& error) { outcome = {true, succeeded, canceled, error}; };
}

// The task ends on the GUI thread, through the event loop.
bool wait_for(const Outcome& outcome) {
    QElapsedTimer clock;
    clock.start();
    while (!outcome.ended && clock.elapsed() < 30000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return outcome.ended;
}

struct PausedRun {
    Outcome outcome;
    bool reached_its_end = false;
};

// Runs `before`, pauses the work, cancels the task there, then lets the work
// go on with `after` and waits for the task's end.
PausedRun cancel_in_the_middle(const EngineTask::Work& before, const EngineTask::Work& after) {
    QSemaphore paused, go;
    PausedRun run;
    auto* task = new EngineTask(
        QStringLiteral("test"),
        [&](const ProgressFn& progress) {
            before(progress);
            paused.release();
            go.acquire();
            after(progress);
            run.reached_its_end = true;
        },
        record(run.outcome));
    QgsApplication::taskManager()->addTask(task);
    EXPECT_TRUE(paused.tryAcquire(1, 30000));
    task->cancel();
    go.release();
    EXPECT_TRUE(wait_for(run.outcome));
    return run;
}

void nothing(const ProgressFn&) {}

TEST(EngineTask, CancelStopsTheWorkAtItsNextProgressReport) {
    const PausedRun run = cancel_in_the_middle(nothing, [](const ProgressFn& progress) { progress(Stage::placing_buildings, 1, 2); });
    EXPECT_TRUE(run.outcome.canceled);
    EXPECT_FALSE(run.outcome.succeeded);
    EXPECT_TRUE(run.outcome.error.isEmpty());
    EXPECT_FALSE(run.reached_its_end);
}

// Past its last report the work is done: a tag has replaced its file by then,
// and must not be said to have left it as it was.
TEST(EngineTask, ACancelAfterTheLastReportLetsTheWorkFinish) {
    const PausedRun run = cancel_in_the_middle([](const ProgressFn& progress) { progress(Stage::placing_buildings, 1, 1); }, nothing);
    EXPECT_TRUE(run.reached_its_end);
    EXPECT_TRUE(run.outcome.succeeded);
    EXPECT_FALSE(run.outcome.canceled);
}

TEST(EngineTask, ProgressReachesTheTaskAndSuccessIsReported) {
    Outcome outcome;
    std::mutex mutex;
    std::vector<double> seen;  // reported on the worker thread
    auto* task = new EngineTask(QStringLiteral("test"), [](const ProgressFn& progress) { progress(Stage::placing_buildings, 3, 4); }, record(outcome));
    QObject::connect(task, &QgsTask::progressChanged, [&](double progress) {
        const std::lock_guard lock(mutex);
        seen.push_back(progress);
    });
    QgsApplication::taskManager()->addTask(task);
    ASSERT_TRUE(wait_for(outcome));
    EXPECT_TRUE(outcome.succeeded);
    EXPECT_FALSE(outcome.canceled);
    const std::lock_guard lock(mutex);
    EXPECT_NE(std::find(seen.begin(), seen.end(), 75.0), seen.end());
}

TEST(EngineTask, AnEngineErrorEndsTheTaskWithItsMessage) {
    Outcome outcome;
    QgsApplication::taskManager()->addTask(new EngineTask(
        QStringLiteral("test"),
        [](const ProgressFn&) { throw InputError("city.gpkg: layer 'buildings' feature 7: floors is -2"); }, record(outcome)));
    ASSERT_TRUE(wait_for(outcome));
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_FALSE(outcome.canceled);
    EXPECT_EQ(outcome.error, QStringLiteral("city.gpkg: layer 'buildings' feature 7: floors is -2"));
}

}  // namespace
}  // namespace renozone::plugin::test
