#include "viewer_session.h"

#include "district_layers.h"
#include "style_catalog.h"

#include "core/analysis/open_district.h"
#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "core/io/source.h"
#include "core/planning/site_rules.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace renozone::viewer {

bool source_has_layer(const QString& source, const QString& layer) {
    try {
        auto ds = open_vector(source.toStdString(), "");
        return ds && ds->GetLayerByName(layer.toUtf8().constData()) != nullptr;
    } catch (const std::exception&) {
        return false;
    }
}

ViewerSession::ViewerSession(const QString& source, const ProgressFn& progress) : ViewerSession(SessionSource::of_path(source), progress) {}

ViewerSession::ViewerSession(const SessionSource& opened, const ProgressFn& progress) {
    QString project;
    const QString& source = opened.path;
    data_source_ = opened.shown();
    inputs_ = opened.inputs();
    if (opened.shown().isEmpty()) {
        data_source_ = QString::fromStdString(embedded_dataset_path());
    } else if (source_has_layer(source, "implementation_units")) {
        project = source;
        if (!source_has_layer(source, "buildings")) {
            data_source_ = QString::fromStdString(embedded_dataset_path());
            SessionSource over_embedded = opened;
            over_embedded.path = data_source_;
            inputs_ = over_embedded.inputs();
        }
    }
    QElapsedTimer clock;
    clock.start();
    Dataset dataset = open_dataset(inputs_, map_shell_policy(), progress);
    timings_.load_ms = clock.nsecsElapsed() / 1e6;
    clock.restart();
    district_ = std::make_unique<District>(std::move(dataset), progress);
    site_checker_ = std::make_unique<SiteChecker>(*district_, load_default_site_rules());
    timings_.analyse_ms = clock.nsecsElapsed() / 1e6;
    clock.restart();
    if (progress) progress(Stage::preparing_map_layers, 0, 1);
    const StyleCatalog styles(data_source_);
    layers_ = district_layers(*district_, styles);
    timings_.layers_ms = clock.nsecsElapsed() / 1e6;
    notes_ = styles.problems();
    if (const auto errors = district_->analysis().discrepancies.count(Severity::error))
        notes_ << QCoreApplication::translate("ViewerSession", "输入数据中有 %1 处错误：见“数据问题”页").arg(errors);
    if (!project.isEmpty()) open_project(project);
}

ViewerSession::~ViewerSession() = default;

std::vector<std::shared_ptr<MapLayer>> ViewerSession::layers() const {
    auto all = layers_;
    if (units_layer_) all.push_back(units_layer_);
    return all;
}

MapRect ViewerSession::full_extent() const {
    MapRect extent = MapRect::null_rect();
    for (const auto& layer : layers_)
        if (layer->id == "communities" || layer->id == "buildings" || layer->id == "streets")
            extent.include(layer->geometry.extent());
    if (extent.empty())
        for (const auto& layer : layers_) extent.include(layer->geometry.extent());
    return extent;
}

void ViewerSession::open_project(const QString& path) {
    project_ = std::make_unique<ProjectStore>(path.toStdString(), *district_->data().working_srs);
    reload_units();
}

QString ViewerSession::project_path() const {
    return project_ ? QString::fromStdString(project_->path()) : QString();
}

std::vector<const GEOSGeometry*> ViewerSession::unit_geometries(long long except_id) const {
    std::vector<const GEOSGeometry*> out;
    for (const auto& u : units_)
        if (u.id != except_id && u.geom) out.push_back(u.geom.get());
    return out;
}

std::shared_ptr<MapLayer> ViewerSession::reload_units() {
    if (!project_) return nullptr;
    units_ = project_->units(district_->ctx());
    units_layer_ = viewer::units_layer(district_->ctx(), units_);
    return units_layer_;
}

}  // namespace renozone::viewer
