#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE names a function in the global namespace.
static void register_renozone_qrc() { Q_INIT_RESOURCE(renozone); }

namespace renozone::plugin {

void register_resources() {
    static const bool registered = (register_renozone_qrc(), true);
    (void)registered;
}

}  // namespace renozone::plugin
