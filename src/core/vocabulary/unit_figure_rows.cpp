#include "core/vocabulary/unit_figure_rows.h"

namespace renozone {

const std::vector<UnitFigureRow>& unit_figure_rows() {
    using E = const UnitEvaluation&;
    static const std::vector<UnitFigureRow> rows = {
        {"area_m2", 0, [](E e) { return e.area_m2; }},
        {"communities", 0, [](E e) { return double(e.figures.communities); }},
        {"buildings", 0, [](E e) { return double(e.figures.buildings); }},
        {"floor_area_m2", 0, [](E e) { return e.figures.floor_area_m2; }},
        {"households", 0, [](E e) { return double(e.figures.households); }},
        {"people", 0, [](E e) { return e.figures.people; }},
        {"eligible_buildings", 0, [](E e) { return double(e.eligible_buildings); }},
        {"ineligible_buildings", 0, [](E e) { return double(e.ineligible_buildings); }},
        {"all_buildings", 0, [](E e) { return double(e.buildings.size()); }},
        {"lift_candidates", 0, [](E e) { return double(e.figures.lift_candidates); }},
        {"lifts", 0, [](E e) { return double(e.figures.lifts); }},
        {"lift_subsidy_cny", 0, [](E e) { return e.subsidy.lift_subsidy_cny; }},
        {"pipeline_subsidy_cny", 0, [](E e) { return e.subsidy.pipeline_subsidy_cny; }},
        {"subsidy_total_cny", 0, [](E e) { return e.subsidy.total_cny; }},
        {"d_grade_buildings", 0, [](E e) { return double(e.figures.d_grade); }},
        {"d_grade_rebuild_floor_area_max_m2", 0, [](E e) { return e.figures.rebuild_floor_area_max_m2; }},
        {"heritage_buildings", 0, [](E e) { return double(e.figures.heritage); }},
    };
    return rows;
}

}  // namespace renozone
