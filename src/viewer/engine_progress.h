// A modal progress window for engine work the viewer runs on its GUI thread
// (opening a city, exporting its layers): it appears once the work has lasted
// a moment, names the stage in the interface's language, and its Cancel button
// stops the work at the engine's next progress report by throwing EngineCanceled.
#pragma once

#include "core/base/progress.h"

#include <QProgressDialog>
#include <QString>

namespace renozone::viewer {

struct EngineCanceled {};

class EngineProgress {
public:
    EngineProgress(QWidget* parent, const QString& title);

    // Reports from another thread than the GUI's are not shown.
    ProgressFn fn();
    void cancel() { dialog_.cancel(); }

private:
    QProgressDialog dialog_;
};

}  // namespace renozone::viewer
