#include "gap_fields.h"

#include "engine_text.h"

#include <qgsfield.h>

namespace renozone::plugin {

QgsFields community_gap_fields() {
    QgsFields fields;
    for (const char* name : {"facility_type", "id", "name", "street_code", "status"})
        fields.append(QgsField(QString::fromLatin1(name), QVariant::String));
    for (const char* name : {"planned", "substandard", "households", "covered_households", "uncovered_households", "buildings",
                             "covered_buildings"})
        fields.append(QgsField(QString::fromLatin1(name), QVariant::LongLong));
    fields.append(QgsField(QStringLiteral("coverage_pct"), QVariant::Double));
    fields.append(QgsField(QStringLiteral("radius_m"), QVariant::Double));
    return fields;
}

QgsAttributes community_gap_attributes(const District& district, const FacilityGaps& gaps, const CommunityGap& row) {
    const Community& c = district.data().communities[row.community];
    const CommunityTags& tags = district.analysis().communities[row.community];
    const ServedCount& n = row.count;
    const auto pct = n.coverage_percent();
    return QgsAttributes(QVector<QVariant>{qs(gaps.type), qs(c.id), qs(c.name), qs(tags.street_code),
                                           QString::fromLatin1(row.status()), tags.planned ? 1 : 0, row.substandard ? 1 : 0,
                                           static_cast<qlonglong>(n.households), static_cast<qlonglong>(n.covered_households),
                                           static_cast<qlonglong>(n.uncovered_households()), static_cast<qlonglong>(n.buildings),
                                           static_cast<qlonglong>(n.covered_buildings),
                                           pct ? QVariant(*pct) : QVariant(QVariant::Double), gaps.rule.radius_m.value});
}

QgsFields uncovered_building_fields() {
    QgsFields fields;
    for (const char* name : {"facility_type", "id", "community_id", "community_name"})
        fields.append(QgsField(QString::fromLatin1(name), QVariant::String));
    fields.append(QgsField(QStringLiteral("households"), QVariant::LongLong));
    return fields;
}

QgsAttributes uncovered_building_attributes(const District& district, const FacilityGaps& gaps, int building) {
    const auto& data = district.data();
    const BuildingTags& tags = district.analysis().buildings[building];
    const int community = tags.place.community;
    return QgsAttributes(QVector<QVariant>{qs(gaps.type), qs(data.buildings[building].id),
                                           community >= 0 ? qs(data.communities[community].id) : QString(),
                                           community >= 0 ? qs(data.communities[community].name) : QString(),
                                           static_cast<qlonglong>(tags.households)});
}

}  // namespace renozone::plugin
