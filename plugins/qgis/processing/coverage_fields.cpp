#include "coverage_fields.h"

#include "engine_text.h"
#include "field_aliases.h"

#include <qgsfield.h>

namespace renozone::plugin {
namespace {

QVariant optional(const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(QVariant::Double); }
QVariant count(long long v) { return QVariant(static_cast<qlonglong>(v)); }

}  // namespace

QgsFields coverage_fields() {
    QgsFields fields;
    auto text = [&](const char* name) { fields.append(QgsField(QString::fromLatin1(name), QVariant::String)); };
    auto integer = [&](const char* name) { fields.append(QgsField(QString::fromLatin1(name), QVariant::LongLong)); };
    auto real = [&](const char* name) { fields.append(QgsField(QString::fromLatin1(name), QVariant::Double)); };
    text("level");
    text("code");
    text("name");
    text("street_code");
    integer("planned");
    text("phase");
    integer("year");
    integer("demonstration");
    text("path");
    integer("communities");
    real("target_communities");
    integer("buildings");
    real("target_buildings");
    real("floor_area_m2");
    real("target_floor_area_m2");
    real("floor_area_pct");
    integer("households");
    real("target_households");
    real("people");
    real("target_people");
    integer("lift_candidates");
    integer("lifts");
    real("lift_subsidy_cny");
    real("footprint_m2");
    real("floor_area_geom_m2");
    integer("d_grade_buildings");
    real("d_grade_rebuild_floor_area_max_m2");
    integer("heritage_buildings");
    integer("eligible_not_planned");
    integer("all_buildings");
    return with_chinese_aliases(fields);
}

QgsAttributes coverage_attributes(const CoverageRow& row) {
    const Figures& f = row.figures;
    const Targets& t = row.targets;
    return QgsAttributes(QVector<QVariant>{qs(row.level),
                         qs(row.code),
                         qs(row.name),
                         qs(row.street_code),
                         row.level == "community" ? QVariant(row.planned ? 1 : 0) : QVariant(QVariant::LongLong),
                         qs(row.phase),
                         row.year ? QVariant(*row.year) : QVariant(QVariant::LongLong),
                         QVariant(row.demonstration ? 1 : 0),
                         qs(row.path),
                         count(f.communities),
                         optional(t.communities),
                         count(f.buildings),
                         optional(t.buildings),
                         f.floor_area_m2,
                         optional(t.floor_area_m2),
                         optional(percent(f.floor_area_m2, t.floor_area_m2)),
                         count(f.households),
                         optional(t.households),
                         f.people,
                         optional(t.people),
                         count(f.lift_candidates),
                         count(f.lifts),
                         f.lift_subsidy_cny,
                         f.footprint_m2,
                         f.floor_area_geom_m2,
                         count(f.d_grade),
                         f.rebuild_floor_area_max_m2,
                         count(f.heritage),
                         count(f.eligible_not_planned),
                         count(f.all_buildings)});
}

}  // namespace renozone::plugin
