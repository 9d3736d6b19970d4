// Long engine work (opening a city, tagging it) as a QGIS task: it runs on a
// worker thread while QGIS stays usable, and the status bar shows its progress
// with a cancel button. The engine's progress reports carry the cancellation:
// the next report after the user cancels unwinds the work (FeedbackProgress).
#pragma once

#include "core/base/progress.h"

#include <qgsprocessingfeedback.h>
#include <qgstaskmanager.h>

#include <QString>

#include <functional>

namespace renozone::plugin {

class EngineTask : public QgsTask {
    Q_OBJECT

public:
    // Runs on the worker thread; throws renozone::Error, or Canceled from a progress report.
    using Work = std::function<void(const ProgressFn& progress)>;
    // Runs on the GUI thread when the task has ended: error is empty after a
    // success or a cancellation.
    using Ended = std::function<void(bool succeeded, bool canceled, const QString& error)>;

    EngineTask(const QString& description, Work work, Ended ended);

    void cancel() override;

protected:
    bool run() override;
    void finished(bool result) override;

private:
    Work work_;
    Ended ended_;
    QgsProcessingFeedback feedback_;
    bool canceled_ = false;
    QString error_;
};

}  // namespace renozone::plugin
