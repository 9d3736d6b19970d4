#include "renozone_plugin.h"

#include "coverage_panel.h"
#include "facility_panel.h"
#include "own_data_dialog.h"
#include "renozone_dock.h"
#include "renozone_provider.h"
#include "resources.h"
#include "session.h"
#include "site_check_tool.h"
#include "site_panel.h"
#include "translation.h"
#include "unit_draw_tool.h"
#include "unit_panel.h"

#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>
#include <qgsmessagebar.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>
#include <qgssettings.h>

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QToolBar>
#include <QTranslator>

#include <utility>

namespace renozone::plugin {
namespace {

const QString settings_folder = QStringLiteral("renozone/lastFolder");

QString last_folder() { return QgsSettings().value(settings_folder, QDir::homePath()).toString(); }
void remember_folder(const QString& file) { QgsSettings().setValue(settings_folder, QFileInfo(file).absolutePath()); }

}  // namespace

const QString& RenozonePlugin::plugin_name() {
    static const QString name = QStringLiteral("renozone");
    return name;
}
const QString& RenozonePlugin::plugin_description() {
    static const QString text = QStringLiteral(
        "Old residential community renovation (城镇老旧小区改造): plan coverage, implementation units, site checks");
    return text;
}
const QString& RenozonePlugin::plugin_version() {
    static const QString version = QStringLiteral(RENOZONE_VERSION);
    return version;
}

RenozonePlugin::RenozonePlugin(QgisInterface* iface)
    : QgisPlugin(plugin_name(), plugin_description(), QStringLiteral("Plugins"), plugin_version(), QgisPlugin::UI),
      iface_(iface) {}

RenozonePlugin::~RenozonePlugin() = default;

QAction* RenozonePlugin::make_action(const QString& object_name, const QIcon& icon, const QString& text, bool checkable) {
    auto* action = new QAction(icon, text, iface_->mainWindow());
    action->setObjectName(object_name);
    action->setCheckable(checkable);
    actions_ << action;
    return action;
}

void RenozonePlugin::initGui() {
    register_resources();
    // The language QGIS translates its own interface into (--lang, the override setting or the system's).
    const QString language = QgsApplication::instance()->translation();
    translator_ = install_translator(language.isEmpty() ? QgsApplication::locale() : language);
    session_ = std::make_unique<Session>(QgsProject::instance());
    connect(session_.get(), &Session::message, this, &RenozonePlugin::show_message);

    QAction* open_embedded = make_action(QStringLiteral("renozoneOpenEmbedded"), QgsApplication::getThemeIcon(QStringLiteral("/mActionAddLayer.svg")),
                                         tr("Open the embedded Wulong data"));
    QAction* open_gpkg = make_action(QStringLiteral("renozoneOpenGeoPackage"), QgsApplication::getThemeIcon(QStringLiteral("/mActionAddGeoPackageLayer.svg")),
                                     tr("Open a project or data GeoPackage…"));
    QAction* open_own = make_action(QStringLiteral("renozoneOpenOwnData"), QgsApplication::getThemeIcon(QStringLiteral("/mActionAddOgrLayer.svg")),
                                    tr("Open your own communities and buildings…"));
    QAction* tag = make_action(QStringLiteral("renozoneTag"), QgsApplication::getThemeIcon(QStringLiteral("/mActionCalculateField.svg")),
                               tr("Tag the plan's communities and buildings…"));
    draw_action_ = make_action(QStringLiteral("renozoneDrawUnit"), QgsApplication::getThemeIcon(QStringLiteral("/mActionCapturePolygon.svg")),
                               tr("Draw an implementation unit"), true);
    site_action_ = make_action(QStringLiteral("renozoneCheckSite"), QgsApplication::getThemeIcon(QStringLiteral("/mActionIdentifyByRadius.svg")),
                               tr("Check a facility site"), true);
    QAction* gaps = make_action(QStringLiteral("renozoneGaps"), QIcon(QStringLiteral(":/renozone/icons/gaps.svg")),
                                tr("Show facility gaps"));
    QAction* siting = make_action(QStringLiteral("renozoneSuggestSites"), QIcon(QStringLiteral(":/renozone/icons/suggest_sites.svg")),
                                  tr("Suggest new facility sites"));
    QAction* export_action = make_action(QStringLiteral("renozoneExport"), QgsApplication::getThemeIcon(QStringLiteral("/mActionSharingExport.svg")),
                                         tr("Export the coverage report…"));
    connect(open_embedded, &QAction::triggered, this, &RenozonePlugin::open_embedded);
    connect(open_gpkg, &QAction::triggered, this, &RenozonePlugin::open_geopackage);
    connect(open_own, &QAction::triggered, this, &RenozonePlugin::open_own_data);
    connect(tag, &QAction::triggered, this, &RenozonePlugin::tag);
    connect(draw_action_, &QAction::toggled, this, &RenozonePlugin::use_draw_tool);
    connect(site_action_, &QAction::toggled, this, &RenozonePlugin::use_site_tool);
    connect(gaps, &QAction::triggered, this, &RenozonePlugin::show_gaps);
    connect(siting, &QAction::triggered, this, &RenozonePlugin::suggest_sites);
    connect(export_action, &QAction::triggered, this, &RenozonePlugin::export_report);

    QgsMapCanvas* canvas = iface_->mapCanvas();
    dock_ = new RenozoneDock(session_.get(), canvas, actions_, iface_->mainWindow());
    iface_->addDockWidget(Qt::RightDockWidgetArea, dock_);
    QAction* show_dock = dock_->toggleViewAction();
    show_dock->setObjectName(QStringLiteral("renozoneShowDock"));
    show_dock->setIcon(QIcon(QStringLiteral(":/renozone/icons/renozone.svg")));
    show_dock->setText(tr("renozone panel"));

    toolbar_ = iface_->addToolBar(tr("renozone"));
    toolbar_->setObjectName(QStringLiteral("renozoneToolbar"));
    toolbar_->addAction(show_dock);
    toolbar_->addActions(actions_);
    for (QAction* action : actions_) iface_->addPluginToMenu(tr("&renozone"), action);

    draw_tool_ = new UnitDrawTool(canvas);
    draw_tool_->setAction(draw_action_);
    site_tool_ = new SiteCheckTool(canvas);
    site_tool_->setAction(site_action_);
    connect(draw_tool_, &UnitDrawTool::shape_changed, dock_->unit_panel(), &UnitPanel::evaluate);
    connect(draw_tool_, &UnitDrawTool::shape_finished, dock_->unit_panel(), &UnitPanel::evaluate_finished);
    connect(draw_tool_, &UnitDrawTool::shape_cleared, dock_->unit_panel(), &UnitPanel::clear);
    connect(session_.get(), &Session::district_about_to_change, draw_tool_, &UnitDrawTool::clear);
    connect(session_.get(), &Session::units_changed, draw_tool_, &UnitDrawTool::clear);
    connect(site_tool_, &SiteCheckTool::site_clicked, dock_->site_panel(), &SitePanel::check_at);
    connect(session_.get(), &Session::busy_changed, this, &RenozonePlugin::follow_busy);
    connect(session_.get(), &Session::district_changed, this, &RenozonePlugin::show_district_on_map);

    provider_ = new RenozoneProvider;
    QgsApplication::processingRegistry()->addProvider(provider_);
}

void RenozonePlugin::unload() {
    if (provider_) QgsApplication::processingRegistry()->removeProvider(provider_);  // deletes it
    QgsMapCanvas* canvas = iface_->mapCanvas();
    for (QgsMapTool* tool : {static_cast<QgsMapTool*>(draw_tool_), static_cast<QgsMapTool*>(site_tool_)})
        if (tool && canvas->mapTool() == tool) canvas->unsetMapTool(tool);
    delete draw_tool_;
    delete site_tool_;
    for (QAction* action : actions_) iface_->removePluginMenu(tr("&renozone"), action);
    if (dock_) iface_->removeDockWidget(dock_);
    delete dock_;  // before the session: the panels hold engine geometries of its district
    delete toolbar_;
    qDeleteAll(actions_);
    actions_.clear();
    session_.reset();
    if (translator_) QCoreApplication::removeTranslator(translator_.get());
    translator_.reset();
}

void RenozonePlugin::show_message(const QString& text, Qgis::MessageLevel level) {
    iface_->messageBar()->pushMessage(tr("renozone"), text, level, level == Qgis::Critical ? 0 : 6);
}

void RenozonePlugin::open_embedded() { session_->open_in_background(QString()); }

void RenozonePlugin::open_geopackage() {
    const QString path = QFileDialog::getOpenFileName(iface_->mainWindow(), tr("Open a project or data GeoPackage"),
                                                      last_folder(), tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty()) return;
    remember_folder(path);
    session_->open_in_background(path);
}

void RenozonePlugin::open_own_data() {
    OwnDataDialog dialog(last_folder(), iface_->mainWindow());
    if (dialog.exec() != QDialog::Accepted) return;
    remember_folder(dialog.source().buildings);
    session_->open_own_in_background(dialog.source(), dialog.output());
}

QString RenozonePlugin::ask_save_path(const QString& title, const QString& suggested, const QString& filter) {
    const QString path = QFileDialog::getSaveFileName(iface_->mainWindow(), title, QDir(last_folder()).filePath(suggested), filter);
    if (!path.isEmpty()) remember_folder(path);
    return path;
}

void RenozonePlugin::tag() {
    const QString path = ask_save_path(tr("Write the tagged GeoPackage"), QStringLiteral("wulong-renovation.gpkg"),
                                       tr("GeoPackage (*.gpkg)"));
    if (!path.isEmpty()) session_->tag_in_background(path);
}

void RenozonePlugin::export_report() {
    const QString path = ask_save_path(tr("Export the coverage report"), QStringLiteral("coverage.csv"),
                                       tr("CSV (*.csv);;JSON (*.json);;Markdown (*.md);;Text (*.txt)"));
    if (!path.isEmpty()) session_->export_report(path);
}

bool RenozonePlugin::ensure_open() { return session_->district() || session_->open(QString()); }

void RenozonePlugin::show_gaps() {
    if (!ensure_open()) return;
    dock_->show();
    dock_->show_facility_tab();
    dock_->facility_panel()->show_gaps();
}

void RenozonePlugin::suggest_sites() {
    if (!ensure_open()) return;
    dock_->show();
    dock_->show_facility_tab();
    dock_->facility_panel()->suggest_sites();
}

// While a task reads the district, nothing else may use it: the map tools are
// put down and the actions wait; QGIS itself stays usable.
void RenozonePlugin::follow_busy(bool busy) {
    if (busy) {
        draw_action_->setChecked(false);
        site_action_->setChecked(false);
    }
    for (QAction* action : std::as_const(actions_)) action->setEnabled(!busy);
}

// Data opened far from what the map shows (a city elsewhere, after Wulong) is
// brought into view, in its working CRS when the project's CRS is not made
// for that part of the world; data already in view is left as the planner set it.
void RenozonePlugin::show_district_on_map() {
    const LoadedDistrict* loaded = session_->district();
    QgsVectorLayer* communities = session_->layer(QStringLiteral("communities"));
    if (!loaded || !communities || communities->extent().isEmpty()) return;
    QgsProject* project = QgsProject::instance();
    QgsMapCanvas* canvas = iface_->mapCanvas();
    const QgsCoordinateTransform to_degrees(communities->crs(), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), project);
    try {
        const QgsRectangle in_degrees = to_degrees.transformBoundingBox(communities->extent());
        const QgsRectangle usable = project->crs().bounds();
        if (!project->crs().isValid() || !usable.contains(in_degrees.center())) project->setCrs(loaded->working_crs());
        const QgsCoordinateTransform to_map(communities->crs(), canvas->mapSettings().destinationCrs(), project);
        QgsRectangle on_map = to_map.transformBoundingBox(communities->extent());
        if (canvas->extent().intersects(on_map)) return;
        on_map.scale(1.05);
        canvas->setExtent(on_map);
        canvas->refresh();
    } catch (const QgsCsException&) {
        // a CRS QGIS cannot transform between: the map stays as it is
    }
}

void RenozonePlugin::use_draw_tool(bool on) {
    QgsMapCanvas* canvas = iface_->mapCanvas();
    if (on) {
        ensure_open();
        dock_->show();
        dock_->show_unit_tab();
        canvas->setMapTool(draw_tool_);
    } else if (canvas->mapTool() == draw_tool_) {
        canvas->unsetMapTool(draw_tool_);
    }
}

void RenozonePlugin::use_site_tool(bool on) {
    QgsMapCanvas* canvas = iface_->mapCanvas();
    if (on) {
        ensure_open();
        dock_->show();
        dock_->show_site_tab();
        canvas->setMapTool(site_tool_);
    } else if (canvas->mapTool() == site_tool_) {
        canvas->unsetMapTool(site_tool_);
    }
}

}  // namespace renozone::plugin
