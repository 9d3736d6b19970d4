#include "suggested_site_fields.h"

#include "engine_text.h"
#include "field_aliases.h"

#include <qgsfield.h>

namespace renozone::plugin {

QgsFields suggested_site_fields() {
    QgsFields fields;
    fields.append(QgsField(QStringLiteral("rank"), QVariant::Int));
    for (const char* name : {"facility_type", "candidate_id", "method"}) fields.append(QgsField(QString::fromLatin1(name), QVariant::String));
    for (const char* name : {"marginal_households", "marginal_buildings", "reach_households"})
        fields.append(QgsField(QString::fromLatin1(name), QVariant::LongLong));
    fields.append(QgsField(QStringLiteral("communities"), QVariant::String));
    fields.append(QgsField(QStringLiteral("radius_m"), QVariant::Double));
    return with_chinese_aliases(fields);
}

QgsAttributes suggested_site_attributes(const District& district, const SiteSelection& selection, std::size_t rank) {
    const SuggestedSite& site = selection.sites[rank];
    QStringList communities;
    for (const auto& [community, households] : site.communities)
        communities << QStringLiteral("%1 %2 (%3)").arg(qs(district.data().communities[community].id),
                                                         qs(district.data().communities[community].name))
                           .arg(households);
    return QgsAttributes(QVector<QVariant>{static_cast<int>(rank + 1), qs(selection.type), qs(site.id), qs(selection.method),
                                           static_cast<qlonglong>(site.marginal_households),
                                           static_cast<qlonglong>(site.marginal_buildings),
                                           static_cast<qlonglong>(site.reach_households), communities.join(QStringLiteral("; ")),
                                           selection.rule.radius_m.value});
}

}  // namespace renozone::plugin
