// What the viewer has open: the district (data + the core's analysis), the
// site checker, the map layers, and the project GeoPackage units are saved to.
// The shells' one rule holds here too: every figure comes from the core.
#pragma once

#include "map_layer.h"
#include "session_source.h"

#include "core/analysis/district.h"
#include "core/base/progress.h"
#include "core/io/source.h"
#include "core/planning/project_store.h"
#include "core/planning/site_check.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace renozone::viewer {

using widgets::SessionSource;

struct SessionTimings {
    double load_ms = 0;     // reading the layers
    double analyse_ms = 0;  // the core's analysis and indexes
    double layers_ms = 0;   // flattening, styling, indexing for the map
};

class ViewerSession {
public:
    // `source`: empty for the embedded dataset; a GeoPackage or OGR source holding
    // the canonical layers; or a project GeoPackage (implementation_units) alone,
    // which opens over the embedded dataset. Throws renozone::Error.
    explicit ViewerSession(const QString& source = QString(), const ProgressFn& progress = {});
    explicit ViewerSession(const SessionSource& source, const ProgressFn& progress = {});
    ~ViewerSession();

    const QString& data_source() const { return data_source_; }
    const InputSpec& inputs() const { return inputs_; }  // what was read, for writing its context layers
    const District& district() const { return *district_; }
    const SiteChecker& site_checker() const { return *site_checker_; }
    const SessionTimings& timings() const { return timings_; }
    const QStringList& notes() const { return notes_; }

    // Bottom to top; the units layer last when a project is open.
    std::vector<std::shared_ptr<MapLayer>> layers() const;
    MapRect full_extent() const;

    // Creates the file when it does not exist. Throws renozone::Error.
    void open_project(const QString& path);
    ProjectStore* project() { return project_.get(); }
    QString project_path() const;
    const std::vector<StoredUnit>& units() const { return units_; }
    std::vector<const GEOSGeometry*> unit_geometries(long long except_id = -1) const;
    // Re-reads the units after a change; returns the new units layer.
    std::shared_ptr<MapLayer> reload_units();
    std::shared_ptr<MapLayer> units_layer() const { return units_layer_; }

private:
    QString data_source_;
    InputSpec inputs_;
    std::unique_ptr<District> district_;
    std::unique_ptr<SiteChecker> site_checker_;
    std::vector<std::shared_ptr<MapLayer>> layers_;
    std::unique_ptr<ProjectStore> project_;
    std::vector<StoredUnit> units_;
    std::shared_ptr<MapLayer> units_layer_;
    SessionTimings timings_;
    QStringList notes_;
};

// True when the GeoPackage or OGR source has a layer of this name.
bool source_has_layer(const QString& source, const QString& layer);

}  // namespace renozone::viewer
