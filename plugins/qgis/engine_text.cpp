#include "engine_text.h"

#include "core/base/errors.h"
#include "core/vocabulary/error_words.h"

#include <QCoreApplication>

namespace renozone::plugin {

bool interface_is_chinese() {
    // The Chinese translation answers "zh" here: in a Chinese QGIS the engine's errors are Chinese too.
    return QCoreApplication::translate("EngineErrors", "en", "the interface's language") == QLatin1String("zh");
}

Lang interface_lang() { return interface_is_chinese() ? Lang::zh : Lang::en; }

QString error_text(const std::exception& e) {
    if (const auto* error = dynamic_cast<const renozone::Error*>(&e)) return qs(error_message(*error, interface_lang()));
    // Not one of the engine's typed errors: a bug, say so rather than pass it off as a user error.
    return QCoreApplication::translate("renozone", "internal error: %1").arg(qs(e.what()));
}

}  // namespace renozone::plugin
