// The C functions QGIS resolves in every lib*.so of its plugin folders: the
// plugin's metadata (read before loading it) and its factory.
#include "renozone_plugin.h"

#include <qgis.h>

using renozone::plugin::RenozonePlugin;

namespace {
const QString plugin_category = QStringLiteral("Plugins");
const QString plugin_icon = QStringLiteral(":/renozone/icons/renozone.svg");
const QString plugin_experimental = QStringLiteral("false");
}  // namespace

QGISEXTERN QgisPlugin* classFactory(QgisInterface* iface) { return new RenozonePlugin(iface); }
QGISEXTERN const QString* name() { return &RenozonePlugin::plugin_name(); }
QGISEXTERN const QString* description() { return &RenozonePlugin::plugin_description(); }
QGISEXTERN const QString* category() { return &plugin_category; }
QGISEXTERN int type() { return QgisPlugin::UI; }
QGISEXTERN const QString* version() { return &RenozonePlugin::plugin_version(); }
QGISEXTERN const QString* icon() { return &plugin_icon; }
QGISEXTERN const QString* experimental() { return &plugin_experimental; }
QGISEXTERN void unload(QgisPlugin* plugin) { delete plugin; }
