#include "session_export.h"

#include "coordinate_display.h"
#include "viewer_session.h"

#include "core/io/embedded_data.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace renozone::viewer {

QString default_map_title(const ViewerSession& session) {
    if (session.data_source() == QString::fromStdString(embedded_dataset_path()))
        return QCoreApplication::translate("renozone::viewer::MainWindow", "武隆区城镇老旧小区改造");
    // Data of one's own is named by its file, not by the district the embedded data models.
    return QCoreApplication::translate("renozone::viewer::MainWindow", "%1 城镇老旧小区改造").arg(QFileInfo(session.data_source()).completeBaseName());
}

QString map_footer(const ViewerSession& session) {
    const auto& data = session.district().data();
    const CoordinateDisplay coordinates(data.working_srs.get());
    const QString notice = data.data_notice.empty() ? session.data_source() : QString::fromStdString(data.data_notice);
    return QCoreApplication::translate("renozone::viewer::MainWindow", "数据：%1；坐标系 %2；renozone-viewer").arg(notice, coordinates.crs_name());
}

ExportRequest session_export_request(const ViewerSession& session, const MapRect& extent,
                                     std::vector<std::shared_ptr<const MapLayer>> layers) {
    ExportRequest request;
    request.title = default_map_title(session);
    request.extent = extent;
    request.layers = std::move(layers);
    request.footer = map_footer(session);
    return request;
}

}  // namespace renozone::viewer
