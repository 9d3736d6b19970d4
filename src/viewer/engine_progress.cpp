#include "engine_progress.h"

#include "error_text.h"

#include "core/vocabulary/stage_titles.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace renozone::viewer {

EngineProgress::EngineProgress(QWidget* parent, const QString& title)
    : dialog_(title, QCoreApplication::translate("EngineProgress", "取消"), 0, 1000, parent) {
    dialog_.setWindowTitle(title);
    dialog_.setWindowModality(Qt::WindowModal);
    dialog_.setMinimumDuration(500);
    dialog_.setAutoReset(false);
    dialog_.setAutoClose(false);
    dialog_.setValue(0);
}

ProgressFn EngineProgress::fn() {
    return [this](const ProgressStage& stage, long long done, long long total) {
        if (QThread::currentThread() != dialog_.thread()) return;
        const QString label = QString::fromStdString(stage_title(stage, interface_lang()));
        if (dialog_.labelText() != label) dialog_.setLabelText(label);
        // A modal dialog handles the events its Cancel button needs while the value moves.
        dialog_.setValue(total > 0 ? static_cast<int>(1000.0 * double(std::min(done, total)) / double(total)) : 0);
        if (dialog_.wasCanceled()) throw EngineCanceled{};
    };
}

}  // namespace renozone::viewer
