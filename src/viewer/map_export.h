// Exports the map as a page (PNG or PDF) at a chosen DPI: title, the map of
// the given extent with scale bar and north arrow, legend, and a footer that
// says where the data comes from and what it is.
#pragma once

#include "map_layer.h"

#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

namespace renozone::viewer {

struct ExportRequest {
    QString path;  // .png or .pdf
    QString title;
    double dpi = 300;
    QSizeF paper_mm{297, 210};  // A4 landscape
    MapRect extent;
    std::vector<std::shared_ptr<const MapLayer>> layers;  // bottom to top
    bool legend = true;
    QString footer;
};

// Returns "" when the file is written, else what went wrong.
QString export_map(const ExportRequest& request);

}  // namespace renozone::viewer
