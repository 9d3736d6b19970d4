// The cursor position as the status bar shows it: working-CRS metres and,
// when PROJ can convert them, longitude and latitude (WGS 84).
#pragma once

#include <QPointF>
#include <QString>

#include <memory>

class OGRSpatialReference;
class OGRCoordinateTransformation;

namespace renozone::viewer {

class CoordinateDisplay {
public:
    explicit CoordinateDisplay(const OGRSpatialReference* working);
    ~CoordinateDisplay();
    QString text(QPointF map_point) const;
    const QString& crs_name() const { return crs_name_; }  // "EPSG:4545"

private:
    QString crs_name_;
    std::unique_ptr<OGRCoordinateTransformation> to_wgs84_;
};

}  // namespace renozone::viewer
