#include "gap_fields.h"

#include "column_fields.h"
#include "geometry_bridge.h"

#include "core/report/tool_columns.h"

namespace renozone::plugin {
namespace {

QgsFeature with_polygon(const District& district, const GEOSGeometry* geometry, const QgsFields& fields,
                        const QgsAttributes& attributes) {
    QgsFeature feature(fields);
    feature.setAttributes(attributes);
    QgsGeometry polygon = to_qgis(district, geometry);
    polygon.convertToMultiType();
    feature.setGeometry(polygon);
    return feature;
}

}  // namespace

QgsFields community_gap_fields() { return fields_of(community_gap_columns()); }

QgsFeature community_gap_feature(const District& district, const FacilityGaps& gaps, const CommunityGap& row,
                                 const QgsFields& fields) {
    return with_polygon(district, district.data().communities[row.community].geom.get(), fields,
                        attributes_of(community_gap_columns(), CommunityGapRow{district, gaps, row}));
}

QgsFields uncovered_building_fields() { return fields_of(uncovered_building_columns()); }

QgsFeature uncovered_building_feature(const District& district, const FacilityGaps& gaps, int building, const QgsFields& fields) {
    return with_polygon(district, district.data().buildings[building].geom.get(), fields,
                        attributes_of(uncovered_building_columns(), UncoveredBuildingRow{district, gaps, building}));
}

}  // namespace renozone::plugin
