#include "loaded_district.h"

#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "core/planning/site_rules.h"
#include "engine_text.h"
#include "figure_format.h"

#include <ogr_spatialref.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace renozone::plugin {

QgsCoordinateReferenceSystem qgis_crs(const OGRSpatialReference& srs) {
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (authority && code) {
        QgsCoordinateReferenceSystem crs(QStringLiteral("%1:%2").arg(authority, code));
        if (crs.isValid()) return crs;
    }
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2018", nullptr};
    srs.exportToWkt(&wkt, options);
    QgsCoordinateReferenceSystem crs = QgsCoordinateReferenceSystem::fromWkt(QString::fromUtf8(wkt ? wkt : ""));
    CPLFree(wkt);
    return crs;
}

LoadedDistrict::LoadedDistrict(const QString& source, const OpenPolicy& policy, const ProgressFn& progress)
    : LoadedDistrict(widgets::SessionSource::of_path(source), policy, progress) {}

LoadedDistrict::LoadedDistrict(const widgets::SessionSource& source, const OpenPolicy& policy, const ProgressFn& progress)
    : source_(source.shown()), embedded_(source.shown().isEmpty()), own_files_(source.own_files()) {
    if (embedded_) source_ = qs(embedded_dataset_path());
    inputs_ = source.inputs();
    district_ = open_district(inputs_, policy, progress);
    // As the CLI's report and tag: a refusing policy also refuses the plan naming a community the data lacks.
    apply_policy(policy.feature_errors, district_->analysis().discrepancies);
    crs_ = qgis_crs(*district_->data().working_srs);
}

const SiteChecker& LoadedDistrict::site_checker() const {
    if (!checker_) checker_ = std::make_unique<SiteChecker>(*district_, load_default_site_rules());
    return *checker_;
}

QString LoadedDistrict::summary() const {
    const auto& coverage = district_->analysis().coverage.district.figures;
    return QCoreApplication::translate("renozone", "%1: %2 planned communities, %3 buildings, %4")
        .arg(embedded_ ? QCoreApplication::translate("renozone", "embedded Wulong data") : QFileInfo(source_).fileName())
        .arg(format::count(coverage.communities))
        .arg(format::count(static_cast<long long>(district_->data().buildings.size())))
        .arg(crs_.authid().isEmpty() ? crs_.description() : crs_.authid());
}

}  // namespace renozone::plugin
