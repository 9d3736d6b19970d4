// What a shell opens: a source holding the canonical layers (empty: the
// embedded dataset), or communities and buildings from files of their own,
// with the CLI's field mapping and defaults (`--field buildings.id=osm_id`,
// `--default buildings.floors=1`) for data that names its fields otherwise,
// and the CRS to assume for a file that has none (a DXF drawing). The viewer
// takes it from its command line, the plugin from its "your own data" form.
#pragma once

#include "core/io/source.h"

#include <QString>
#include <QStringList>

namespace renozone::widgets {

struct SessionSource {
    QString path;
    QString communities, buildings;
    QStringList fields, defaults;
    QString communities_crs, buildings_crs;      // e.g. EPSG:4490; empty: the file's own
    QString communities_layer, buildings_layer;  // a layer of the file (a DXF's CAD layer); empty: the usual one

    static SessionSource of_path(const QString& path) { return {path, {}, {}, {}, {}, {}, {}, {}, {}}; }
    bool own_files() const { return !communities.isEmpty() || !buildings.isEmpty(); }
    // One of communities and buildings given without the other, and no path to take it from.
    bool half_given() const { return communities.isEmpty() != buildings.isEmpty() && path.isEmpty(); }
    // The inputs the core reads; throws UsageError for a malformed mapping or default.
    InputSpec inputs() const;
    // What a title names: the path, else the buildings' file.
    QString shown() const { return path.isEmpty() && !buildings.isEmpty() ? buildings : path; }
};

}  // namespace renozone::widgets
