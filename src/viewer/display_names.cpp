#include "display_names.h"

#include <QCoreApplication>
#include <QHash>

namespace renozone::viewer {
QString layer_title(const QString& id) {
    if (id == "streets") return QCoreApplication::translate("DisplayNames", "街道");
    if (id == "communities") return QCoreApplication::translate("DisplayNames", "小区");
    if (id == "buildings") return QCoreApplication::translate("DisplayNames", "楼栋");
    if (id == "facilities") return QCoreApplication::translate("DisplayNames", "公共服务设施");
    if (id == "heritage") return QCoreApplication::translate("DisplayNames", "历史文化保护");
    if (id == "river") return QCoreApplication::translate("DisplayNames", "河流");
    if (id == "roads") return QCoreApplication::translate("DisplayNames", "道路");
    if (id == "units") return QCoreApplication::translate("DisplayNames", "实施单元");
    if (id == "plan") return QCoreApplication::translate("DisplayNames", "规划表");
    return id;
}

QString field_title(const QString& field) {
    static const QHash<QString, const char*> titles = {
        {"id", QT_TRANSLATE_NOOP("DisplayNames", "编号")},
        {"name", QT_TRANSLATE_NOOP("DisplayNames", "名称")},
        {"code", QT_TRANSLATE_NOOP("DisplayNames", "代码")},
        {"address", QT_TRANSLATE_NOOP("DisplayNames", "地址")},
        {"street_code", QT_TRANSLATE_NOOP("DisplayNames", "街道代码")},
        {"street_name", QT_TRANSLATE_NOOP("DisplayNames", "街道")},
        {"committee", QT_TRANSLATE_NOOP("DisplayNames", "社区居委会")},
        {"planned", QT_TRANSLATE_NOOP("DisplayNames", "纳入规划")},
        {"phase", QT_TRANSLATE_NOOP("DisplayNames", "批次")},
        {"year", QT_TRANSLATE_NOOP("DisplayNames", "年度")},
        {"demonstration", QT_TRANSLATE_NOOP("DisplayNames", "示范点")},
        {"path", QT_TRANSLATE_NOOP("DisplayNames", "改造路径")},
        {"buildings", QT_TRANSLATE_NOOP("DisplayNames", "楼栋数")},
        {"floor_area_m2", QT_TRANSLATE_NOOP("DisplayNames", "建筑面积 m²")},
        {"households", QT_TRANSLATE_NOOP("DisplayNames", "户数")},
        {"people", QT_TRANSLATE_NOOP("DisplayNames", "人口")},
        {"lifts", QT_TRANSLATE_NOOP("DisplayNames", "电梯数")},
        {"lift_subsidy_cny", QT_TRANSLATE_NOOP("DisplayNames", "电梯补助 元")},
        {"target_buildings", QT_TRANSLATE_NOOP("DisplayNames", "目标楼栋数")},
        {"target_floor_area_m2", QT_TRANSLATE_NOOP("DisplayNames", "目标建筑面积 m²")},
        {"target_households", QT_TRANSLATE_NOOP("DisplayNames", "目标户数")},
        {"target_people", QT_TRANSLATE_NOOP("DisplayNames", "目标人口")},
        {"eligible_not_planned", QT_TRANSLATE_NOOP("DisplayNames", "符合条件未纳入")},
        {"all_buildings", QT_TRANSLATE_NOOP("DisplayNames", "全部楼栋")},
        {"community_id", QT_TRANSLATE_NOOP("DisplayNames", "小区编号")},
        {"community_name", QT_TRANSLATE_NOOP("DisplayNames", "小区")},
        {"floors", QT_TRANSLATE_NOOP("DisplayNames", "层数")},
        {"built_year", QT_TRANSLATE_NOOP("DisplayNames", "建成年份")},
        {"use", QT_TRANSLATE_NOOP("DisplayNames", "用途")},
        {"people_estimated", QT_TRANSLATE_NOOP("DisplayNames", "人口为估算")},
        {"floor_area_estimated", QT_TRANSLATE_NOOP("DisplayNames", "面积为估算")},
        {"footprint_m2", QT_TRANSLATE_NOOP("DisplayNames", "基底面积 m²")},
        {"floor_area_geom_m2", QT_TRANSLATE_NOOP("DisplayNames", "基底×层数 m²")},
        {"share_inside", QT_TRANSLATE_NOOP("DisplayNames", "位于小区内比例")},
        {"in_planned_community", QT_TRANSLATE_NOOP("DisplayNames", "位于规划小区")},
        {"eligible", QT_TRANSLATE_NOOP("DisplayNames", "符合改造条件")},
        {"reasons", QT_TRANSLATE_NOOP("DisplayNames", "不符合原因")},
        {"in_plan", QT_TRANSLATE_NOOP("DisplayNames", "纳入改造")},
        {"lift_candidate", QT_TRANSLATE_NOOP("DisplayNames", "可加装电梯")},
        {"safety_grade", QT_TRANSLATE_NOOP("DisplayNames", "安全等级")},
        {"d_grade", QT_TRANSLATE_NOOP("DisplayNames", "D级危房")},
        {"rebuild_floor_area_max_m2", QT_TRANSLATE_NOOP("DisplayNames", "可重建面积上限 m²")},
        {"heritage", QT_TRANSLATE_NOOP("DisplayNames", "历史建筑")},
        {"repaired", QT_TRANSLATE_NOOP("DisplayNames", "几何已修复")},
        {"type", QT_TRANSLATE_NOOP("DisplayNames", "类型")},
        {"class", QT_TRANSLATE_NOOP("DisplayNames", "等级")},
        {"grade", QT_TRANSLATE_NOOP("DisplayNames", "级别")},
        {"capacity", QT_TRANSLATE_NOOP("DisplayNames", "规模")},
        {"lead_department", QT_TRANSLATE_NOOP("DisplayNames", "牵头单位")},
        {"updated", QT_TRANSLATE_NOOP("DisplayNames", "更新时间")},
    };
    const auto it = titles.constFind(field);
    return it == titles.constEnd() ? field : QCoreApplication::translate("DisplayNames", *it);
}

}  // namespace renozone::viewer
