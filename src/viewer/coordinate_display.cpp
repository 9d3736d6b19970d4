#include "coordinate_display.h"

#include <ogr_spatialref.h>

namespace renozone::viewer {

CoordinateDisplay::CoordinateDisplay(const OGRSpatialReference* working) {
    if (!working) return;
    const char* authority = working->GetAuthorityName(nullptr);
    const char* code = working->GetAuthorityCode(nullptr);
    if (authority && code) crs_name_ = QString("%1:%2").arg(authority, code);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference source(*working);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to_wgs84_.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
}

CoordinateDisplay::~CoordinateDisplay() = default;

QString CoordinateDisplay::text(QPointF p) const {
    QString out = QString("X %1  Y %2").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1);
    if (!crs_name_.isEmpty()) out += "  " + crs_name_;
    double x = p.x(), y = p.y();
    if (to_wgs84_ && to_wgs84_->Transform(1, &x, &y))
        out += QString("  |  %1°E %2°N").arg(x, 0, 'f', 5).arg(y, 0, 'f', 5);
    return out;
}

}  // namespace renozone::viewer
