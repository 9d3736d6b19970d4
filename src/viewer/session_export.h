// What the export dialog and `renozone-viewer --export` both write: the default
// title, the footer naming the data and its CRS, and the request they fill in.
#pragma once

#include "map_export.h"

namespace renozone::viewer {

class ViewerSession;

QString default_map_title(const ViewerSession& session);
// "数据：…；坐标系 EPSG:4545；renozone-viewer": where the data comes from and its CRS.
QString map_footer(const ViewerSession& session);
// The session's map as the dialog exports it, before the dialog's own choices.
ExportRequest session_export_request(const ViewerSession& session, const MapRect& extent,
                                     std::vector<std::shared_ptr<const MapLayer>> layers);

}  // namespace renozone::viewer
