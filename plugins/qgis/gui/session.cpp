#include "session.h"

#include "atomic_file.h"
#include "busy_cursor.h"
#include "coverage_report.h"
#include "engine_text.h"
#include "project_layers.h"
#include "tagged_output.h"

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QCursor>
#include <QFileInfo>

namespace renozone::plugin {
namespace {

QString report_format(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) return QStringLiteral("json");
    if (suffix == QLatin1String("csv")) return QStringLiteral("csv");
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) return QStringLiteral("markdown");
    return QStringLiteral("text");
}

}  // namespace

Session::Session(QgsProject* project, QObject* parent) : QObject(parent), project_(project) {}
Session::~Session() = default;

QString Session::group_name() { return QStringLiteral("renozone"); }

QgsVectorLayer* Session::layer(const QString& name) const {
    return qobject_cast<QgsVectorLayer*>(project_->mapLayer(layer_ids_.value(name)));
}

bool Session::open(const QString& source) {
    try {
        BusyCursor busy;
        auto loaded = std::make_unique<LoadedDistrict>(source);
        emit district_about_to_change();
        district_ = std::move(loaded);
    } catch (const std::exception& e) {
        emit message(tr("Cannot open %1: %2").arg(source.isEmpty() ? tr("the embedded data") : source, error_text(e)),
                     Qgis::Critical);
        return false;
    }
    // The embedded data is read-only; any other GeoPackage can hold the project's units.
    set_project_path(district_->is_embedded() ? QString() : district_->source());
    show_layers(district_->source());
    emit district_changed();
    emit message(district_->summary(), Qgis::Info);
    return true;
}

bool Session::tag(const QString& output) {
    if (!district_ && !open(QString())) return false;
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(district_->source()).absoluteFilePath()) {
        emit message(tr("Tagging would replace the data it reads (%1): choose another file").arg(output), Qgis::Warning);
        return false;
    }
    try {
        BusyCursor busy;
        const District& district = district_->district();
        write_tagged_geopackage(ss(output), district.data(), district.analysis(), district_->inputs(), {true, ""});
    } catch (const std::exception& e) {
        emit message(tr("Tagging failed: %1").arg(error_text(e)), Qgis::Critical);
        return false;
    }
    set_project_path(output);
    show_layers(output);
    emit message(tr("Wrote %1; its layers are in the group '%2'").arg(QFileInfo(output).fileName(), group_name()), Qgis::Success);
    return true;
}

bool Session::export_report(const QString& path) {
    if (!district_ && !open(QString())) return false;
    try {
        const District& district = district_->district();
        write_text_file(ss(path), coverage_report(district.data(), district.analysis(), ss(report_format(path))), true);
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
    auto* added = new QgsVectorLayer(layer_uri(project_path_, name), name, QStringLiteral("ogr"));
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
    if (!district_ || project_path_.isEmpty() || !QFileInfo::exists(project_path_)) return {};
    try {
        ProjectStore store(ss(project_path_), *district_->district().data().working_srs);
        return store.units(district_->district().ctx());
    } catch (const std::exception&) {
        return {};  // a project without units yet, or not a GeoPackage: nothing to overlap
    }
}

long long Session::save_unit(const UnitAttributes& attributes, const GEOSGeometry* unit, const UnitEvaluation& evaluation) {
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
