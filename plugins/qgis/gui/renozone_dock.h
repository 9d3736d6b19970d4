// The renozone dock: what is loaded and where the project goes, the plugin's
// actions as buttons, and four tabs — coverage dashboard, implementation
// unit, site check, facility gaps and siting. Its slots are what the toolbar actions do once a file has
// been chosen, so scripts can drive the dock without a file dialog; where the
// toolbar runs the work as a QGIS task, the slots do it before they return, and say how it went.
#pragma once

#include <qgsdockwidget.h>

class QLabel;
class QTabWidget;
class QgsMapCanvas;

namespace renozone::plugin {

class CoveragePanel;
class FacilityPanel;
class Session;
class SitePanel;
class UnitPanel;

class RenozoneDock : public QgsDockWidget {
    Q_OBJECT

public:
    RenozoneDock(Session* session, QgsMapCanvas* canvas, const QList<QAction*>& actions, QWidget* parent = nullptr);

    CoveragePanel* coverage_panel() const { return coverage_; }
    UnitPanel* unit_panel() const { return unit_; }
    SitePanel* site_panel() const { return site_; }
    FacilityPanel* facility_panel() const { return facility_; }
    void show_unit_tab();
    void show_site_tab();
    void show_facility_tab();

public slots:
    bool openData(const QString& source);  // empty: the embedded data
    bool tagTo(const QString& output);
    bool exportReport(const QString& path);
    void setProjectPath(const QString& path);

private slots:
    void update_header();

private:
    Session* session_;
    QLabel* source_;
    QLabel* project_;
    QTabWidget* tabs_;
    CoveragePanel* coverage_;
    UnitPanel* unit_;
    SitePanel* site_;
    FacilityPanel* facility_;
};

}  // namespace renozone::plugin
