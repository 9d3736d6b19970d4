// A district the plugin works on: the engine's District (loaded and analysed)
// for one source — the embedded Wulong dataset, a GeoPackage holding the
// canonical layers, or communities and buildings in files of their own with a
// field mapping — with its working CRS as QGIS knows it. Every figure the
// plugin shows comes from here; the plugin computes none itself.
#pragma once

#include "core/analysis/district.h"
#include "core/analysis/open_district.h"
#include "core/base/progress.h"
#include "core/io/source.h"
#include "core/planning/site_check.h"
#include "session_source.h"

#include <qgscoordinatereferencesystem.h>

#include <QString>

#include <memory>

namespace renozone::plugin {

class LoadedDistrict {
public:
    // source empty: the embedded dataset. Throws renozone::Error: InputError
    // for a source that is missing or unreadable, or that has error findings
    // when the policy refuses them (Processing does, as the CLI; the dock shows them).
    LoadedDistrict(const QString& source, const OpenPolicy& policy, const ProgressFn& progress = {});
    // Also throws UsageError for a malformed field mapping or default.
    LoadedDistrict(const widgets::SessionSource& source, const OpenPolicy& policy, const ProgressFn& progress = {});

    const QString& source() const { return source_; }
    bool is_embedded() const { return embedded_; }
    // Read from files other than a GeoPackage of the canonical layers: the
    // map shows them once tagged into one.
    bool is_own_files() const { return own_files_; }
    const InputSpec& inputs() const { return inputs_; }
    const District& district() const { return *district_; }
    const QgsCoordinateReferenceSystem& working_crs() const { return crs_; }

    // The checker with the default site rules, made on first use (it builds the road network).
    const SiteChecker& site_checker() const;

    // "wulong.gpkg: 31 planned communities, 4,534 buildings, EPSG:4545"
    QString summary() const;

private:
    QString source_;
    bool embedded_ = false;
    bool own_files_ = false;
    InputSpec inputs_;
    std::unique_ptr<District> district_;
    QgsCoordinateReferenceSystem crs_;
    mutable std::unique_ptr<SiteChecker> checker_;
};

// The working CRS of an engine dataset as a QGIS CRS (by authority code when it has one).
QgsCoordinateReferenceSystem qgis_crs(const OGRSpatialReference& srs);

}  // namespace renozone::plugin
