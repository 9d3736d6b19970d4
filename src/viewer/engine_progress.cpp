#include "engine_progress.h"

#include "display_names.h"

#include <QCoreApplication>
#include <QHash>
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
    return [this](const std::string& stage, long long done, long long total) {
        if (QThread::currentThread() != dialog_.thread()) return;
        const QString label = stage_title(stage);
        if (dialog_.labelText() != label) dialog_.setLabelText(label);
        // A modal dialog handles the events its Cancel button needs while the value moves.
        dialog_.setValue(total > 0 ? static_cast<int>(1000.0 * double(std::min(done, total)) / double(total)) : 0);
        if (dialog_.wasCanceled()) throw EngineCanceled{};
    };
}

QString stage_title(const std::string& stage) {
    static const QHash<QString, const char*> titles = {
        {"placing buildings", QT_TRANSLATE_NOOP("EngineProgress", "将楼栋归入小区")},
        {"writing buildings", QT_TRANSLATE_NOOP("EngineProgress", "写出楼栋")},
        {"preparing the map layers", QT_TRANSLATE_NOOP("EngineProgress", "准备地图图层")},
        {"laying the candidate grid", QT_TRANSLATE_NOOP("EngineProgress", "布设候选网格")},
        {"measuring the candidates' reach", QT_TRANSLATE_NOOP("EngineProgress", "计算候选点服务范围")},
        {"finding facility gaps", QT_TRANSLATE_NOOP("EngineProgress", "分析设施缺口")},
    };
    const QString key = QString::fromStdString(stage);
    if (const auto it = titles.find(key); it != titles.end()) return QCoreApplication::translate("EngineProgress", it.value());
    if (key.startsWith(QLatin1String("reading ")))
        return QCoreApplication::translate("EngineProgress", "读取%1").arg(layer_title(key.mid(8)));
    return key;
}

}  // namespace renozone::viewer
