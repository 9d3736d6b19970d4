// The map tool that checks a facility site: a click puts the site there.
#pragma once

#include <qgsmaptool.h>
#include <qgspointxy.h>

namespace renozone::plugin {

class SiteCheckTool : public QgsMapTool {
    Q_OBJECT

public:
    explicit SiteCheckTool(QgsMapCanvas* canvas);
    void canvasReleaseEvent(QgsMapMouseEvent* e) override;

signals:
    void site_clicked(const QgsPointXY& point);  // canvas CRS
};

}  // namespace renozone::plugin
