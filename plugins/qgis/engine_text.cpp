#include "engine_text.h"

#include "core/base/errors.h"
#include "project_layers.h"

#include <QCoreApplication>
#include <QHash>

namespace renozone::plugin {

bool interface_is_chinese() {
    // The Chinese translation answers "zh" here: in a Chinese QGIS the engine's errors are Chinese too.
    return QCoreApplication::translate("EngineErrors", "en", "the interface's language") == QLatin1String("zh");
}

Lang interface_lang() { return interface_is_chinese() ? Lang::zh : Lang::en; }

QString error_text(const std::exception& e) {
    if (const auto* error = dynamic_cast<const renozone::Error*>(&e)) return interface_is_chinese() ? qs(error->chinese()) : qs(e.what());
    // Not one of the engine's typed errors: a bug, say so rather than pass it off as a user error.
    return QCoreApplication::translate("renozone", "internal error: %1").arg(qs(e.what()));
}

QString stage_text(const std::string& stage) {
    static const QHash<QString, const char*> texts = {
        {"placing buildings", QT_TRANSLATE_NOOP("EngineStages", "placing buildings in communities")},
        {"writing buildings", QT_TRANSLATE_NOOP("EngineStages", "writing buildings")},
        {"laying the candidate grid", QT_TRANSLATE_NOOP("EngineStages", "laying the candidate grid")},
        {"measuring the candidates' reach", QT_TRANSLATE_NOOP("EngineStages", "measuring the candidates' reach")},
        {"finding facility gaps", QT_TRANSLATE_NOOP("EngineStages", "finding facility gaps")},
        {"preparing the map layers", QT_TRANSLATE_NOOP("EngineStages", "preparing the map layers")},
    };
    const QString key = qs(stage);
    if (const auto it = texts.find(key); it != texts.end()) return QCoreApplication::translate("EngineStages", it.value());
    if (key.startsWith(QLatin1String("reading ")))
        return QCoreApplication::translate("EngineStages", "reading %1").arg(layer_title(key.mid(8)));
    return key;
}

}  // namespace renozone::plugin
