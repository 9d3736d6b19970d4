#include "unit_fields.h"

#include "core/planning/unit_warnings.h"
#include "engine_text.h"
#include "field_specs.h"

#include <qgsfield.h>

namespace renozone::plugin {
namespace {

const std::vector<FieldSpec>& specs() {
    static const std::vector<FieldSpec> all{
        {"area_m2", QVariant::Double},        {"buildings", QVariant::LongLong},
        {"communities", QVariant::LongLong},  {"floor_area_m2", QVariant::Double},
        {"households", QVariant::LongLong},   {"people", QVariant::Double},
        {"eligible_buildings", QVariant::LongLong}, {"ineligible_buildings", QVariant::LongLong},
        {"all_buildings", QVariant::LongLong}, {"lift_candidates", QVariant::LongLong},
        {"lifts", QVariant::LongLong},        {"lift_subsidy_cny", QVariant::Double},
        {"pipeline_subsidy_cny", QVariant::Double}, {"subsidy_total_cny", QVariant::Double},
        {"central_cny", QVariant::Double},    {"municipal_cny", QVariant::Double},
        {"district_cny", QVariant::Double},   {"residents_cny", QVariant::Double},
        {"footprint_m2", QVariant::Double},   {"d_grade_buildings", QVariant::LongLong},
        {"d_grade_rebuild_floor_area_max_m2", QVariant::Double}, {"heritage_buildings", QVariant::LongLong},
        {"streets", QVariant::String},        {"community_ids", QVariant::String},
        {"warnings", QVariant::String},       {"problem", QVariant::String}};
    return all;
}

QVariant optional(const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(QVariant::Double); }
QVariant count(long long v) { return QVariant(static_cast<qlonglong>(v)); }

QString joined(const std::vector<std::string>& items, const char* separator) {
    QStringList list;
    for (const auto& item : items) list << qs(item);
    return list.join(QString::fromLatin1(separator));
}

}  // namespace

QgsFields unit_fields() { return fields_of(specs()); }

QgsAttributes unit_attributes(const District& district, const UnitEvaluation& e) {
    const Figures& f = e.figures;
    const SubsidySummary& s = e.subsidy;
    std::vector<std::string> community_ids;
    for (const auto& share : e.communities) community_ids.push_back(district.data().communities[share.index].id);
    return QgsAttributes(QVector<QVariant>{e.area_m2,
                         count(f.buildings),
                         count(f.communities),
                         f.floor_area_m2,
                         count(f.households),
                         f.people,
                         count(e.eligible_buildings),
                         count(e.ineligible_buildings),
                         count(static_cast<long long>(e.buildings.size())),
                         count(f.lift_candidates),
                         count(f.lifts),
                         f.lift_subsidy_cny,
                         s.pipeline_subsidy_cny,
                         s.total_cny,
                         optional(s.central_cny),
                         optional(s.municipal_cny),
                         optional(s.district_cny),
                         optional(s.residents_cny),
                         f.footprint_m2,
                         count(f.d_grade),
                         f.rebuild_floor_area_max_m2,
                         count(f.heritage),
                         joined(e.streets, ","),
                         joined(community_ids, ","),
                         qs(english_unit_warnings(e.warnings)),
                         QVariant(QVariant::String)});
}

QgsAttributes refused_unit_attributes(const QString& problem) {
    QgsAttributes attributes;
    for (const auto& spec : specs()) attributes << QVariant(spec.type);
    attributes.last() = problem;
    return attributes;
}

}  // namespace renozone::plugin
