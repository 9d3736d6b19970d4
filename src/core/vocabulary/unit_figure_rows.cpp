#include "core/vocabulary/unit_figure_rows.h"

namespace renozone {

const std::vector<UnitFigureRow>& unit_figure_rows() {
    using E = const UnitEvaluation&;
    static const std::vector<UnitFigureRow> rows = {
        {"area_m2", "单元面积 m²", "Unit area m²", 0, [](E e) { return e.area_m2; }},
        {"communities", "规划小区", "Planned communities", 0, [](E e) { return double(e.figures.communities); }},
        {"buildings", "纳入改造楼栋", "Buildings in the plan", 0, [](E e) { return double(e.figures.buildings); }},
        {"floor_area_m2", "建筑面积 m²", "Floor area m²", 0, [](E e) { return e.figures.floor_area_m2; }},
        {"households", "户数", "Households", 0, [](E e) { return double(e.figures.households); }},
        {"people", "人口", "People", 0, [](E e) { return e.figures.people; }},
        {"eligible_buildings", "符合条件楼栋", "Eligible buildings", 0, [](E e) { return double(e.eligible_buildings); }},
        {"ineligible_buildings", "不符合条件楼栋", "Buildings outside the scope rules", 0,
         [](E e) { return double(e.ineligible_buildings); }},
        {"all_buildings", "范围内全部楼栋", "All buildings inside", 0, [](E e) { return double(e.buildings.size()); }},
        {"lift_candidates", "可加装电梯楼栋", "Lift candidates (≥ 6 floors)", 0,
         [](E e) { return double(e.figures.lift_candidates); }},
        {"lifts", "电梯", "Lifts", 0, [](E e) { return double(e.figures.lifts); }},
        {"lift_subsidy_cny", "电梯补助 元", "Lift subsidy CNY", 0, [](E e) { return e.subsidy.lift_subsidy_cny; }},
        {"pipeline_subsidy_cny", "管线补助 元", "Pipeline subsidy CNY", 0, [](E e) { return e.subsidy.pipeline_subsidy_cny; }},
        {"subsidy_total_cny", "补助合计 元", "Subsidy total CNY", 0, [](E e) { return e.subsidy.total_cny; }},
        {"d_grade_buildings", "D级危房", "D-grade buildings", 0, [](E e) { return double(e.figures.d_grade); }},
        {"d_grade_rebuild_floor_area_max_m2", "D级可重建面积上限 m²", "D-grade rebuild limit m²", 0,
         [](E e) { return e.figures.rebuild_floor_area_max_m2; }},
        {"heritage_buildings", "历史建筑", "Heritage buildings", 0, [](E e) { return double(e.figures.heritage); }},
    };
    return rows;
}

}  // namespace renozone
