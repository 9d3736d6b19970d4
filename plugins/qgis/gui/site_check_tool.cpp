#include "site_check_tool.h"

#include <qgsapplication.h>
#include <qgsmapmouseevent.h>

namespace renozone::plugin {

SiteCheckTool::SiteCheckTool(QgsMapCanvas* canvas) : QgsMapTool(canvas) {
    setObjectName(QStringLiteral("renozoneSiteCheckTool"));
    setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::CapturePoint));
}

void SiteCheckTool::canvasReleaseEvent(QgsMapMouseEvent* e) {
    if (e->button() == Qt::LeftButton) emit site_clicked(e->snapPoint());
}

}  // namespace renozone::plugin
