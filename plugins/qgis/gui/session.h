// What the plugin's dock and map tools work on: the loaded district, its map
// layers (group "renozone") and the project GeoPackage where tagging output,
// implementation units and site checks go. Failures become messages; the
// session never leaves a half-loaded district behind. Opening and tagging can
// run as QGIS tasks; while one runs the session is busy and refuses other work.
#pragma once

#include "core/planning/project_store.h"
#include "engine_task.h"
#include "loaded_district.h"

#include <qgis.h>

#include <QMap>
#include <QObject>
#include <QPointer>

#include <memory>

class QgsProject;
class QgsVectorLayer;

namespace renozone::plugin {

class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(QgsProject* project, QObject* parent = nullptr);
    ~Session() override;

    const LoadedDistrict* district() const { return district_.get(); }
    // A background open or tag is running; the district must not be used meanwhile.
    bool busy() const { return busy_; }
    QString project_path() const { return project_path_; }
    // A layer of the renozone group by name (communities, buildings, implementation_units …).
    QgsVectorLayer* layer(const QString& name) const;

    static QString group_name();

    // Adds the unit to the project GeoPackage and shows it; returns its id, or -1 (with a message).
    long long save_unit(const UnitAttributes& attributes, const GEOSGeometry* unit, const UnitEvaluation& evaluation);
    long long record_site_check(const SiteCheck& check, const GEOSGeometry* site);
    // Shows a layer the plugin made (facility gaps, suggested sites) at the top of the
    // renozone group, in place of an earlier one of the same name.
    void show_result_layer(QgsVectorLayer* layer);
    // The project's stored units (working CRS), for overlap warnings; empty without a project.
    std::vector<StoredUnit> stored_units() const;

public slots:
    // Loads and analyses the source (empty: the embedded data) and shows its layers.
    bool open(const QString& source);
    // Writes the tagged GeoPackage, makes it the project and shows its layers.
    bool tag(const QString& output);
    // The same on QGIS's task manager, with progress and cancel; false (with a
    // message) when the session is busy. The result comes as for open() and tag().
    bool open_in_background(const QString& source);
    bool tag_in_background(const QString& output);
    // Communities and buildings from files of their own, with a field mapping
    // and defaults, read and tagged into `output` on QGIS's task manager; the
    // map then shows the tagged GeoPackage, which becomes the project.
    bool open_own_in_background(const widgets::SessionSource& source, const QString& output);
    // Any other long work on the district (gaps, siting) as a QGIS task; false
    // (with a message) when the session is busy. `ended` runs on the GUI thread.
    bool run_task(const QString& description, EngineTask::Work work, EngineTask::Ended ended);
    // The coverage report; the format follows the extension (.json, .csv, .md, else text).
    bool export_report(const QString& path);
    void set_project_path(const QString& path);

signals:
    // Before the district is replaced: drop every engine geometry bound to it.
    void district_about_to_change();
    void district_changed();
    void layers_changed();
    void project_path_changed(const QString& path);
    void units_changed();
    void message(const QString& text, Qgis::MessageLevel level);
    void busy_changed(bool busy);

private:
    bool refuse_when_busy();
    void set_busy(bool busy);
    bool tag_refused(const QString& output);
    // Loads the source on QGIS's task manager, tagged into `tagged` when given.
    bool open_task(const widgets::SessionSource& source, const QString& tagged);
    // The district, its layers (the tagged GeoPackage when one was written, else the source) and project.
    void adopt(std::shared_ptr<LoadedDistrict> loaded, const QString& tagged);
    // True (with a message) when writing `output` would replace one of the inputs.
    bool refuse_replacing(const QString& output, const QStringList& inputs);
    void report_open_failure(const QString& source, const QString& error);
    void adopt_tagged(const QString& output);
    void show_layers(const QString& path);
    void refresh_project_layer(const QString& name);

    QgsProject* project_;
    std::shared_ptr<LoadedDistrict> district_;  // shared with a running tag task
    bool busy_ = false;
    QPointer<EngineTask> task_;
    QString project_path_;
    QMap<QString, QString> layer_ids_;
};

}  // namespace renozone::plugin
