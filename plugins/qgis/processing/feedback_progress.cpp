#include "feedback_progress.h"

#include "engine_text.h"

#include "core/vocabulary/stage_titles.h"

#include <qgsprocessingfeedback.h>

namespace renozone::plugin {

FeedbackProgress::FeedbackProgress(QgsProcessingFeedback* feedback, double from, double to)
    : feedback_(feedback), from_(from), to_(to) {}

void FeedbackProgress::check_canceled() const {
    if (feedback_ && feedback_->isCanceled()) throw Canceled{};
}

void FeedbackProgress::step(long long done, long long total) {
    check_canceled();
    if (feedback_ && total > 0) feedback_->setProgress(from_ + (to_ - from_) * double(done) / double(total));
}

ProgressFn FeedbackProgress::fn() {
    return [this](const ProgressStage& stage, long long done, long long total) {
        const QString text = qs(stage_title(stage, interface_lang()));
        if (feedback_ && text != stage_) {
            stage_ = text;
            feedback_->setProgressText(text);
        }
        step(done, total);
    };
}

}  // namespace renozone::plugin
