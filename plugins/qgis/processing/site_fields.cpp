#include "site_fields.h"

#include "core/report/site_report.h"
#include "core/vocabulary/site_rule_words.h"
#include "engine_text.h"
#include "field_specs.h"

#include <qgsfield.h>

namespace renozone::plugin {
namespace {

const std::vector<FieldSpec>& specs() {
    static const std::vector<FieldSpec> all{
        {"facility_type", QVariant::String},   {"verdict", QVariant::String},
        {"households_served", QVariant::LongLong}, {"households_served_euclidean", QVariant::LongLong},
        {"buildings_served", QVariant::LongLong}, {"radius_m", QVariant::Double},
        {"distance_method", QVariant::String}, {"site_area_m2", QVariant::Double},
        {"nearest_same_type_m", QVariant::Double}, {"nearest_same_type_id", QVariant::String},
        {"communities_served", QVariant::String}, {"failed_rules", QVariant::String},
        {"warned_rules", QVariant::String},    {"rules_json", QVariant::String},
        {"problem", QVariant::String}};
    return all;
}

QString rules_with(const SiteCheck& check, RuleStatus status) {
    QStringList list;
    for (const auto& rule : check.rules)
        if (rule.status == status) list << qs(rule.id + ": " + rule_message(rule, Lang::en));
    return list.join(QStringLiteral("; "));
}

}  // namespace

QgsFields site_fields() { return fields_of(specs()); }

QgsAttributes site_attributes(const District& district, const SiteCheck& check) {
    QStringList communities;
    for (int c : check.communities_served) communities << qs(district.data().communities[c].id);
    return QgsAttributes(QVector<QVariant>{qs(check.type),
                         QString::fromLatin1(status_name(check.verdict)),
                         static_cast<qlonglong>(check.households_served),
                         static_cast<qlonglong>(check.households_served_euclidean),
                         static_cast<qlonglong>(check.buildings_served.size()),
                         check.radius_m,
                         qs(check.distance_method),
                         check.area_m2,
                         check.nearest_same_type_m ? QVariant(*check.nearest_same_type_m) : QVariant(QVariant::Double),
                         qs(check.nearest_same_type_id),
                         communities.join(QLatin1Char(',')),
                         rules_with(check, RuleStatus::fail),
                         rules_with(check, RuleStatus::warn),
                         qs(site_json(district, check)["rules"].dump()),
                         QVariant(QVariant::String)});
}

QgsAttributes refused_site_attributes(const QString& type, const QString& problem) {
    QgsAttributes attributes;
    for (const auto& spec : specs()) attributes << QVariant(spec.type);
    attributes[0] = type;
    attributes[1] = QStringLiteral("refused");
    attributes.last() = problem;
    return attributes;
}

}  // namespace renozone::plugin
