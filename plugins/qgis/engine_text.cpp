#include "engine_text.h"

#include "errors.h"

#include <QCoreApplication>

namespace renozone::plugin {

QString error_text(const std::exception& e) {
    if (dynamic_cast<const renozone::Error*>(&e)) return qs(e.what());
    // Not one of the engine's typed errors: a bug, say so rather than pass it off as a user error.
    return QCoreApplication::translate("renozone", "internal error: %1").arg(qs(e.what()));
}

}  // namespace renozone::plugin
