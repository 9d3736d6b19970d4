#include "district_attributes.h"

#include <QHash>

#include <functional>
#include <memory>

namespace renozone::viewer {
namespace {

using Getter = std::function<QVariant(int)>;

struct Columns {
    QStringList names;
    QHash<QString, Getter> getters;
    void add(const QString& name, Getter g) {
        names << name;
        getters.insert(name, std::move(g));
    }
    AttributeSource source() && {
        auto shared = std::make_shared<QHash<QString, Getter>>(std::move(getters));
        return AttributeSource{names, [shared](int feature, const QString& field) {
                                   const auto it = shared->constFind(field);
                                   return it == shared->constEnd() ? QVariant() : (*it)(feature);
                               }};
    }
};

QVariant text(const std::string& s) { return QString::fromStdString(s); }
template <typename T>
QVariant optional(const std::optional<T>& v) { return v ? QVariant(*v) : QVariant(); }
// A boolean, as QGIS reads the GeoPackage's boolean fields, so styles evaluate alike.
QVariant flag(bool b) { return b; }

}  // namespace

AttributeSource street_attributes(const District& district) {
    const auto& s = district.data().streets;
    Columns c;
    c.add("code", [&s](int i) { return text(s[i].code); });
    c.add("name", [&s](int i) { return text(s[i].name); });
    return std::move(c).source();
}

AttributeSource community_attributes(const District& district) {
    const auto& data = district.data().communities;
    const auto& tags = district.analysis().communities;
    const auto& rows = district.analysis().coverage.communities;
    Columns c;
    c.add("id", [&](int i) { return text(data[i].id); });
    c.add("name", [&](int i) { return text(data[i].name); });
    c.add("street_code", [&](int i) { return text(tags[i].street_code); });
    c.add("street_name", [&](int i) { return text(tags[i].street_name); });
    c.add("committee", [&](int i) { return text(data[i].committee); });
    c.add("planned", [&](int i) { return flag(tags[i].planned); });
    c.add("phase", [&](int i) { return text(tags[i].phase); });
    c.add("year", [&](int i) { return optional(tags[i].year); });
    c.add("demonstration", [&](int i) { return flag(tags[i].demonstration); });
    c.add("path", [&](int i) { return text(tags[i].path); });
    c.add("buildings", [&](int i) { return rows[i].figures.buildings; });
    c.add("floor_area_m2", [&](int i) { return rows[i].figures.floor_area_m2; });
    c.add("households", [&](int i) { return rows[i].figures.households; });
    c.add("people", [&](int i) { return rows[i].figures.people; });
    c.add("lifts", [&](int i) { return rows[i].figures.lifts; });
    c.add("lift_subsidy_cny", [&](int i) { return rows[i].figures.lift_subsidy_cny; });
    c.add("target_buildings", [&](int i) { return optional(rows[i].targets.buildings); });
    c.add("target_floor_area_m2", [&](int i) { return optional(rows[i].targets.floor_area_m2); });
    c.add("target_households", [&](int i) { return optional(rows[i].targets.households); });
    c.add("target_people", [&](int i) { return optional(rows[i].targets.people); });
    c.add("eligible_not_planned", [&](int i) { return rows[i].figures.eligible_not_planned; });
    c.add("all_buildings", [&](int i) { return rows[i].figures.all_buildings; });
    return std::move(c).source();
}

AttributeSource building_attributes(const District& district) {
    const auto& data = district.data();
    const auto& b = data.buildings;
    const auto& tags = district.analysis().buildings;
    const auto& community_tags = district.analysis().communities;
    auto community = [&](int i) { return tags[i].place.community; };
    Columns c;
    c.add("id", [&](int i) { return text(b[i].id); });
    c.add("name", [&](int i) { return text(b[i].name); });
    c.add("address", [&](int i) { return text(b[i].address); });
    c.add("community_id", [&, community](int i) { return community(i) < 0 ? QVariant() : text(data.communities[community(i)].id); });
    c.add("community_name", [&, community](int i) { return community(i) < 0 ? QVariant() : text(data.communities[community(i)].name); });
    c.add("street_code", [&, community](int i) { return community(i) < 0 ? QVariant() : text(community_tags[community(i)].street_code); });
    c.add("floors", [&](int i) { return optional(b[i].floors); });
    c.add("built_year", [&](int i) { return optional(b[i].built_year); });
    c.add("use", [&](int i) { return QString(use_name(b[i].use)); });
    c.add("households", [&](int i) { return tags[i].households; });
    c.add("people", [&](int i) { return tags[i].people; });
    c.add("people_estimated", [&](int i) { return flag(tags[i].people_estimated); });
    c.add("floor_area_m2", [&](int i) { return tags[i].floor_area_m2; });
    c.add("floor_area_estimated", [&](int i) { return flag(tags[i].floor_area_estimated); });
    c.add("footprint_m2", [&](int i) { return tags[i].place.footprint_m2; });
    c.add("floor_area_geom_m2", [&](int i) { return tags[i].floor_area_geom_m2; });
    c.add("share_inside", [&](int i) { return tags[i].place.share_inside; });
    c.add("in_planned_community", [&](int i) { return flag(tags[i].in_planned_community); });
    c.add("eligible", [&](int i) { return flag(tags[i].eligible); });
    c.add("reasons", [&](int i) { return text(tags[i].reasons()); });
    c.add("in_plan", [&](int i) { return flag(tags[i].in_plan); });
    c.add("lift_candidate", [&](int i) { return flag(tags[i].lift_candidate); });
    c.add("lifts", [&](int i) { return tags[i].lifts; });
    c.add("lift_subsidy_cny", [&](int i) { return tags[i].lift_subsidy_cny; });
    c.add("safety_grade", [&](int i) { return text(b[i].safety_grade); });
    c.add("d_grade", [&](int i) { return flag(tags[i].d_grade); });
    c.add("rebuild_floor_area_max_m2", [&](int i) { return tags[i].d_grade ? QVariant(tags[i].rebuild_floor_area_max_m2) : QVariant(); });
    c.add("heritage", [&](int i) { return flag(b[i].heritage); });
    c.add("repaired", [&](int i) { return flag(b[i].repaired); });
    return std::move(c).source();
}

AttributeSource context_attributes(const std::vector<ContextFeature>& features, const QString& kind) {
    // The canonical field each layer keeps in ContextFeature::type.
    const QString type_field = kind == "roads" ? "class" : kind == "heritage" ? "grade" : "type";
    Columns c;
    c.add("id", [&features](int i) { return text(features[i].id); });
    c.add("name", [&features](int i) { return text(features[i].name); });
    if (kind != "river") c.add(type_field, [&features](int i) { return text(features[i].type); });
    if (kind == "facilities") c.add("capacity", [&features](int i) { return optional(features[i].capacity); });
    return std::move(c).source();
}

}  // namespace renozone::viewer
