#include "session.h"

#include "busy_cursor.h"
#include "core/base/atomic_file.h"
#include "core/base/parallelism.h"
#include "core/output/tagged_output.h"
#include "core/report/coverage_report.h"
#include "engine_text.h"
#include "problems_layer.h"
#include "project_layers.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QCursor>
#include <QFileInfo>

namespace renozone::plugin {
namespace {

// The district written as a tagged GeoPackage, replacing any file at path.
void write_tagged(const LoadedDistrict& loaded, const std::string& path, const ProgressFn& progress) {
    const District& district = loaded.district();
    write_tagged_geopackage(path, district.data(), district.analysis(), loaded.inputs(), {true, ""}, progress);
}

QString report_format(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) return QStringLiteral("json");
    if (suffix == QLatin1String("csv")) return QStringLiteral("csv");
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) return QStringLiteral("markdown");
    return QStringLiteral("text");
}

}  // namespace

Session::Session(QgsProject* project, QObject* parent) : QObject(parent), project_(project) {}

Session::~Session() {
    // The task's work reads the district and runs code of this library: it ends before the plugin does.
    if (task_) {
        task_->cancel();
        task_->waitForFinished();
    }
}

QString Session::group_name() { return QStringLiteral("renozone"); }

QgsVectorLayer* Session::layer(const QString& name) const {
    return qobject_cast<QgsVectorLayer*>(project_->mapLayer(layer_ids_.value(name)));
}

bool Session::refuse_when_busy() {
    if (!busy_) return false;
    emit message(tr("renozone is still working (see the task in the status bar): wait for it or cancel it"), Qgis::Warning);
    return true;
}

void Session::set_busy(bool busy) {
    if (busy_ == busy) return;
    busy_ = busy;
    emit busy_changed(busy);
}

bool Session::run_task(const QString& description, EngineTask::Work work, EngineTask::Ended ended) {
    if (refuse_when_busy()) return false;
    QPointer<Session> self(this);
    auto* task = new EngineTask(description, std::move(work), [self, ended](bool succeeded, bool canceled, const QString& error) {
        if (!self) return;  // the plugin was unloaded meanwhile
        self->task_.clear();
        self->set_busy(false);
        ended(succeeded, canceled, error);
    });
    task_ = task;
    set_busy(true);
    QgsApplication::taskManager()->addTask(task);
    return true;
}

bool Session::open(const QString& source) {
    if (refuse_when_busy()) return false;
    std::shared_ptr<LoadedDistrict> loaded;
    try {
        BusyCursor busy;
        loaded = std::make_shared<LoadedDistrict>(source, map_shell_policy());
    } catch (const std::exception& e) {
        report_open_failure(source, error_text(e));
        return false;
    }
    adopt(std::move(loaded), QString());
    return true;
}

bool Session::open_in_background(const QString& source) { return open_task(widgets::SessionSource::of_path(source), QString()); }

bool Session::open_own_in_background(const widgets::SessionSource& source, const QString& output) {
    if (refuse_replacing(output, {source.communities, source.buildings})) return false;
    return open_task(source, output);
}

bool Session::open_task(const widgets::SessionSource& source, const QString& tagged) {
    auto loaded = std::make_shared<std::shared_ptr<LoadedDistrict>>();
    const QString shown = source.shown();
    const QString name = shown.isEmpty() ? tr("the embedded data") : QFileInfo(shown).fileName();
    return run_task(
        tr("renozone: opening %1").arg(name),
        [source, loaded, path = ss(tagged)](const ProgressFn& progress) {
            *loaded = std::make_shared<LoadedDistrict>(source, map_shell_policy(), progress);
            if (!path.empty()) write_tagged(**loaded, path, progress);
        },
        [this, shown, name, tagged, loaded](bool succeeded, bool canceled, const QString& error) {
            if (succeeded) adopt(std::move(*loaded), tagged);
            else if (canceled) emit message(tr("Opening %1 canceled").arg(name), Qgis::Info);
            else report_open_failure(shown, error);
        });
}

void Session::report_open_failure(const QString& source, const QString& error) {
    emit message(tr("Cannot open %1: %2").arg(source.isEmpty() ? tr("the embedded data") : source, error), Qgis::Critical);
}

void Session::adopt(std::shared_ptr<LoadedDistrict> loaded, const QString& tagged) {
    emit district_about_to_change();
    district_ = std::move(loaded);
    // The layers shown: the tagged GeoPackage when one was written, else the source read.
    const QString shown = tagged.isEmpty() ? district_->source() : tagged;
    // The embedded data is read-only; any other GeoPackage can hold the project's units.
    set_project_path(district_->is_embedded() && tagged.isEmpty() ? QString() : shown);
    show_layers(shown);
    emit district_changed();
    const std::size_t errors = district_->district().analysis().discrepancies.count(Severity::error);
    if (errors == 0) emit message(district_->summary(), Qgis::Info);
    else
        emit message(tr("%1; %2 error(s) in the data: bad values read as missing, see the table '%3'")
                         .arg(district_->summary())
                         .arg(errors)
                         .arg(data_problems_title()),
                     Qgis::Warning);
}

bool Session::tag_refused(const QString& output) {
    if (refuse_when_busy()) return true;
    if (!district_ && !open(QString())) return true;
    return refuse_replacing(output, {district_->source()});
}

bool Session::refuse_replacing(const QString& output, const QStringList& inputs) {
    const QString target = QFileInfo(output).absoluteFilePath();
    for (const QString& input : inputs)
        if (!input.isEmpty() && QFileInfo(input).absoluteFilePath() == target) {
            emit message(tr("Tagging would replace the data it reads (%1): choose another file").arg(output), Qgis::Warning);
            return true;
        }
    return false;
}

bool Session::tag(const QString& output) {
    if (tag_refused(output)) return false;
    try {
        BusyCursor busy;
        write_tagged(*district_, ss(output), {});
    } catch (const std::exception& e) {
        emit message(tr("Tagging failed: %1").arg(error_text(e)), Qgis::Critical);
        return false;
    }
    adopt_tagged(output);
    return true;
}

bool Session::tag_in_background(const QString& output) {
    if (tag_refused(output)) return false;
    std::shared_ptr<const LoadedDistrict> district = district_;
    const QString name = QFileInfo(output).fileName();
    return run_task(
        tr("renozone: tagging into %1").arg(name),
        [district, path = ss(output)](const ProgressFn& progress) { write_tagged(*district, path, progress); },
        [this, output, name](bool succeeded, bool canceled, const QString& error) {
            if (succeeded) adopt_tagged(output);
            else if (canceled) emit message(tr("Tagging canceled: %1 was left as it was").arg(name), Qgis::Info);
            else emit message(tr("Tagging failed: %1").arg(error), Qgis::Critical);
        });
}

void Session::adopt_tagged(const QString& output) {
    set_project_path(output);
    show_layers(output);
    emit message(tr("Wrote %1; its layers are in the group '%2'").arg(QFileInfo(output).fileName(), group_name()), Qgis::Success);
}

bool Session::export_report(const QString& path) {
    if (refuse_when_busy()) return false;
    if (!district_ && !open(QString())) return false;
    try {
        const District& district = district_->district();
        const std::string text =
            coverage_report(district.data(), district.analysis(), ss(report_format(path)), Parallelism{}.resolved_threads());
        write_text_file(ss(path), text, true);
    } catch (const std::exception& e) {
        emit message(tr("Export failed: %1").arg(error_text(e)), Qgis::Critical);
        return false;
    }
    emit message(tr("Wrote the coverage report to %1").arg(QFileInfo(path).fileName()), Qgis::Success);
    return true;
}

void Session::set_project_path(const QString& path) {
    if (path == project_path_) return;
    project_path_ = path;
    emit project_path_changed(path);
}

void Session::show_layers(const QString& path) {
    layer_ids_.clear();
    const auto layers = show_geopackage(*project_, path, group_name());
    for (auto it = layers.begin(); it != layers.end(); ++it) layer_ids_.insert(it.key(), it.value()->id());
    if (QgsVectorLayer* problems = district_ ? data_problems_layer(district_->district()) : nullptr) {
        project_->addMapLayer(problems, false);
        if (QgsLayerTreeGroup* group = project_->layerTreeRoot()->findGroup(group_name())) group->addLayer(problems);
    }
    if (!project_path_.isEmpty() && project_path_ != path) {
        for (const QString& name : {QStringLiteral("implementation_units"), QStringLiteral("site_checks")})
            refresh_project_layer(name);
    }
    emit layers_changed();
}

void Session::refresh_project_layer(const QString& name) {
    if (QgsVectorLayer* shown = layer(name)) {
        shown->reload();
        shown->triggerRepaint();
        return;
    }
    auto* added = new QgsVectorLayer(layer_uri(project_path_, name), layer_title(name), QStringLiteral("ogr"));
    if (!added->isValid()) {
        delete added;
        return;
    }
    apply_renozone_style(*added, name);
    project_->addMapLayer(added, false);
    QgsLayerTreeGroup* group = project_->layerTreeRoot()->findGroup(group_name());
    if (!group) group = project_->layerTreeRoot()->insertGroup(0, group_name());
    group->insertLayer(0, added);
    layer_ids_.insert(name, added->id());
    emit layers_changed();
}

void Session::show_result_layer(QgsVectorLayer* layer) {
    QgsLayerTreeGroup* group = project_->layerTreeRoot()->findGroup(group_name());
    if (!group) group = project_->layerTreeRoot()->insertGroup(0, group_name());
    for (QgsLayerTreeLayer* node : group->findLayers())
        if (node->layer() && node->layer()->name() == layer->name()) project_->removeMapLayer(node->layerId());
    project_->addMapLayer(layer, false);
    group->insertLayer(0, layer);
}

std::vector<StoredUnit> Session::stored_units() const {
    if (busy_ || !district_ || project_path_.isEmpty() || !QFileInfo::exists(project_path_)) return {};
    try {
        ProjectStore store(ss(project_path_), *district_->district().data().working_srs);
        return store.units(district_->district().ctx());
    } catch (const std::exception&) {
        return {};  // a project without units yet, or not a GeoPackage: nothing to overlap
    }
}

long long Session::save_unit(const UnitAttributes& attributes, const GEOSGeometry* unit, const UnitEvaluation& evaluation) {
    if (refuse_when_busy()) return -1;
    if (!district_ || project_path_.isEmpty()) {
        emit message(tr("Choose a project GeoPackage first"), Qgis::Warning);
        return -1;
    }
    long long id = -1;
    try {
        check_unit_attributes(attributes);
        ProjectStore store(ss(project_path_), *district_->district().data().working_srs);
        id = store.add_unit(attributes, unit, district_->district().ctx(), evaluation);
    } catch (const std::exception& e) {
        emit message(tr("Cannot save the unit: %1").arg(error_text(e)), Qgis::Critical);
        return -1;
    }
    refresh_project_layer(QStringLiteral("implementation_units"));
    emit units_changed();
    emit message(tr("Saved unit %1 to %2").arg(id).arg(QFileInfo(project_path_).fileName()), Qgis::Success);
    return id;
}

long long Session::record_site_check(const SiteCheck& check, const GEOSGeometry* site) {
    if (refuse_when_busy()) return -1;
    if (!district_ || project_path_.isEmpty()) {
        emit message(tr("Choose a project GeoPackage first"), Qgis::Warning);
        return -1;
    }
    long long id = -1;
    try {
        ProjectStore store(ss(project_path_), *district_->district().data().working_srs);
        id = store.add_site_check(check, site, district_->district().ctx());
    } catch (const std::exception& e) {
        emit message(tr("Cannot record the site check: %1").arg(error_text(e)), Qgis::Critical);
        return -1;
    }
    refresh_project_layer(QStringLiteral("site_checks"));
    emit message(tr("Recorded site check %1 in %2").arg(id).arg(QFileInfo(project_path_).fileName()), Qgis::Success);
    return id;
}

}  // namespace renozone::plugin
