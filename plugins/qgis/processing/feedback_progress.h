// The engine's progress reports shown through a Processing feedback object,
// over one slice of the progress bar. When the user cancels, the next report
// throws Canceled, which unwinds the engine call (every engine resource is RAII).
#pragma once

#include "core/base/progress.h"

#include <QString>

class QgsProcessingFeedback;

namespace renozone::plugin {

struct Canceled {};

class FeedbackProgress {
public:
    // from, to: percent of the whole algorithm this slice covers.
    FeedbackProgress(QgsProcessingFeedback* feedback, double from, double to);

    ProgressFn fn();
    // For loops of the algorithm itself: done of total items.
    void step(long long done, long long total);
    // Throws Canceled when the user has cancelled.
    void check_canceled() const;

private:
    QgsProcessingFeedback* feedback_;
    double from_, to_;
    QString stage_;
};

}  // namespace renozone::plugin
