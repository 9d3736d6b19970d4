// A district the plugin works on: the engine's District (loaded and analysed)
// for one source — the embedded Wulong dataset or a GeoPackage holding the
// canonical layers — with its working CRS as QGIS knows it. Every figure the
// plugin shows comes from here; the plugin computes none itself.
#pragma once

#include "core/analysis/district.h"
#include "core/analysis/open_district.h"
#include "core/base/progress.h"
#include "core/io/source.h"
#include "core/planning/site_check.h"

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

    const QString& source() const { return source_; }
    bool is_embedded() const { return embedded_; }
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
    InputSpec inputs_;
    std::unique_ptr<District> district_;
    QgsCoordinateReferenceSystem crs_;
    mutable std::unique_ptr<SiteChecker> checker_;
};

// The working CRS of an engine dataset as a QGIS CRS (by authority code when it has one).
QgsCoordinateReferenceSystem qgis_crs(const OGRSpatialReference& srs);

}  // namespace renozone::plugin
