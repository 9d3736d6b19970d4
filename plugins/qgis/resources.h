// The plugin's icons, compiled into the bridge library. A static library's
// Qt resources must be registered by hand before first use.
#pragma once

namespace renozone::plugin {

void register_resources();  // idempotent

}  // namespace renozone::plugin
