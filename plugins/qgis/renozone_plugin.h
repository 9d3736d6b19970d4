// The plugin QGIS loads: the renozone toolbar and menu, the dock, the unit
// and site map tools, and the Processing provider. It wires user gestures to
// the session and the dock; every figure comes from the engine.
#pragma once

#include <qgis.h>
#include <qgisplugin.h>

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QToolBar;
class QTranslator;
class QgisInterface;

namespace renozone::plugin {

class RenozoneDock;
class RenozoneProvider;
class Session;
class SiteCheckTool;
class UnitDrawTool;

class RenozonePlugin : public QObject, public QgisPlugin {
    Q_OBJECT

public:
    explicit RenozonePlugin(QgisInterface* iface);
    ~RenozonePlugin() override;

    void initGui() override;
    void unload() override;

    static const QString& plugin_name();
    static const QString& plugin_description();
    static const QString& plugin_version();

private slots:
    void open_embedded();
    void open_geopackage();
    void open_own_data();
    void tag();
    void export_report();
    void show_gaps();
    void suggest_sites();
    bool ensure_open();
    void use_draw_tool(bool on);
    void use_site_tool(bool on);
    void show_message(const QString& text, Qgis::MessageLevel level);
    void follow_busy(bool busy);
    void show_district_on_map();

private:
    QAction* make_action(const QString& object_name, const QIcon& icon, const QString& text, bool checkable = false);
    QString ask_save_path(const QString& title, const QString& suggested, const QString& filter);

    QgisInterface* iface_;
    std::unique_ptr<QTranslator> translator_;
    std::unique_ptr<Session> session_;
    QPointer<QToolBar> toolbar_;
    QPointer<RenozoneDock> dock_;
    QPointer<UnitDrawTool> draw_tool_;
    QPointer<SiteCheckTool> site_tool_;
    QList<QAction*> actions_;
    QAction* draw_action_ = nullptr;
    QAction* site_action_ = nullptr;
    QPointer<RenozoneProvider> provider_;
};

}  // namespace renozone::plugin
