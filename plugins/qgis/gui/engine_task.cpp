#include "engine_task.h"

#include "engine_text.h"
#include "feedback_progress.h"

namespace renozone::plugin {

EngineTask::EngineTask(const QString& description, Work work, Ended ended)
    : QgsTask(description, QgsTask::CanCancel), work_(std::move(work)), ended_(std::move(ended)) {
    // The feedback is reported to from the worker thread: the task's bar follows it there.
    connect(&feedback_, &QgsFeedback::progressChanged, this, &EngineTask::setProgress, Qt::DirectConnection);
}

void EngineTask::cancel() {
    feedback_.cancel();
    QgsTask::cancel();
}

bool EngineTask::run() {
    try {
        FeedbackProgress progress(&feedback_, 0, 100);
        work_(progress.fn());
        return true;
    } catch (const Canceled&) {
        canceled_ = true;
    } catch (const std::exception& e) {
        error_ = error_text(e);
    }
    return false;
}

void EngineTask::finished(bool result) {
    // A task canceled before it started never ran: neither an error nor a result.
    const bool canceled = !result && (canceled_ || error_.isEmpty());
    if (ended_) ended_(result, canceled, canceled ? QString() : error_);
}

}  // namespace renozone::plugin
