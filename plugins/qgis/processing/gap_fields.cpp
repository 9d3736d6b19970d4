#include "gap_fields.h"

#include "engine_text.h"
#include "field_aliases.h"
#include "geometry_bridge.h"

#include <qgsfield.h>

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

QgsFields community_gap_fields() {
    QgsFields fields;
    for (const char* name : {"facility_type", "id", "name", "street_code", "status"})
        fields.append(QgsField(QString::fromLatin1(name), QVariant::String));
    for (const char* name : {"planned", "substandard", "households", "covered_households", "uncovered_households", "buildings",
                             "covered_buildings"})
        fields.append(QgsField(QString::fromLatin1(name), QVariant::LongLong));
    fields.append(QgsField(QStringLiteral("coverage_pct"), QVariant::Double));
    fields.append(QgsField(QStringLiteral("radius_m"), QVariant::Double));
    return with_chinese_aliases(fields);
}

QgsFeature community_gap_feature(const District& district, const FacilityGaps& gaps, const CommunityGap& row,
                                 const QgsFields& fields) {
    const Community& c = district.data().communities[row.community];
    const CommunityTags& tags = district.analysis().communities[row.community];
    const ServedCount& n = row.count;
    const auto pct = n.coverage_percent();
    const QVector<QVariant> values{qs(gaps.type), qs(c.id), qs(c.name), qs(tags.street_code), QString::fromLatin1(row.status()),
                                   tags.planned ? 1 : 0, row.substandard ? 1 : 0, static_cast<qlonglong>(n.households),
                                   static_cast<qlonglong>(n.covered_households), static_cast<qlonglong>(n.uncovered_households()),
                                   static_cast<qlonglong>(n.buildings), static_cast<qlonglong>(n.covered_buildings),
                                   pct ? QVariant(*pct) : QVariant(QVariant::Double), gaps.rule.radius_m.value};
    return with_polygon(district, c.geom.get(), fields, QgsAttributes(values));
}

QgsFields uncovered_building_fields() {
    QgsFields fields;
    for (const char* name : {"facility_type", "id", "community_id", "community_name"})
        fields.append(QgsField(QString::fromLatin1(name), QVariant::String));
    fields.append(QgsField(QStringLiteral("households"), QVariant::LongLong));
    return with_chinese_aliases(fields);
}

QgsFeature uncovered_building_feature(const District& district, const FacilityGaps& gaps, int building, const QgsFields& fields) {
    const auto& data = district.data();
    const BuildingTags& tags = district.analysis().buildings[building];
    const int community = tags.place.community;
    return with_polygon(district, data.buildings[building].geom.get(), fields,
                        QgsAttributes(QVector<QVariant>{qs(gaps.type), qs(data.buildings[building].id),
                                                        community >= 0 ? qs(data.communities[community].id) : QString(),
                                                        community >= 0 ? qs(data.communities[community].name) : QString(),
                                                        static_cast<qlonglong>(tags.households)}));
}

}  // namespace renozone::plugin
