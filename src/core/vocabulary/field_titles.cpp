#include "core/vocabulary/field_titles.h"

#include <map>

namespace renozone {
namespace {

struct Titles {
    const char* zh;
    const char* en;
};

const std::map<std::string, Titles>& field_title_table() {
    static const std::map<std::string, Titles> table = {
        {"address", {"地址", "Address"}},
        {"all_buildings", {"全部楼栋", "All buildings"}},
        {"area_m2", {"面积 m²", "Area m²"}},
        {"budget_cny", {"投资估算 元", "Budget CNY"}},
        {"buildings", {"纳入改造楼栋", "Buildings in the plan"}},
        {"buildings_pct", {"楼栋完成率 %", "Buildings reached %"}},
        {"buildings_served", {"服务楼栋", "Buildings served"}},
        {"built_year", {"建成年份", "Year built"}},
        {"candidate_id", {"候选点编号", "Candidate ID"}},
        {"capacity", {"规模", "Capacity"}},
        {"central_cny", {"中央资金 元", "Central funds CNY"}},
        {"class", {"等级", "Class"}},
        {"code", {"代码", "Code"}},
        {"committee", {"社区居委会", "Residents' committee"}},
        {"communities", {"规划小区", "Planned communities"}},
        {"communities_served", {"服务的规划小区", "Communities served"}},
        {"community", {"小区", "Community"}},
        {"community_id", {"小区编号", "Community ID"}},
        {"community_ids", {"小区编号", "Community IDs"}},
        {"community_name", {"小区名称", "Community"}},
        {"content", {"改造内容", "Content"}},
        {"coverage_pct", {"覆盖率 %", "Coverage %"}},
        {"covered_buildings", {"已覆盖楼栋", "Covered buildings"}},
        {"covered_households", {"已覆盖户数", "Covered households"}},
        {"d_grade", {"D级危房", "D-grade (unsafe)"}},
        {"d_grade_buildings", {"D级危房", "D-grade buildings"}},
        {"d_grade_rebuild_floor_area_max_m2", {"D级可重建面积上限 m²", "D-grade rebuild limit m²"}},
        {"demonstration", {"示范点", "Demonstration site"}},
        {"distance_method", {"距离算法", "Distance method"}},
        {"district_cny", {"区级资金 元", "District funds CNY"}},
        {"eligible", {"符合改造条件", "Eligible"}},
        {"eligible_buildings", {"符合条件楼栋", "Eligible buildings"}},
        {"eligible_not_planned", {"符合条件未纳入楼栋", "Eligible, not planned"}},
        {"end_date", {"完工日期", "End date"}},
        {"facility_type", {"设施类型", "Facility type"}},
        {"failed_rules", {"未通过规则", "Failed rules"}},
        {"feature_id", {"要素编号", "Feature ID"}},
        {"floor_area", {"建筑面积（原始记录）", "Floor area as recorded"}},
        {"floor_area_estimated", {"面积为估算", "Floor area estimated"}},
        {"floor_area_geom_m2", {"基底×层数 m²", "Footprint × floors m²"}},
        {"floor_area_m2", {"建筑面积 m²", "Floor area m²"}},
        {"floor_area_pct", {"建筑面积完成率 %", "Floor area reached %"}},
        {"floors", {"层数", "Floors"}},
        {"footprint_m2", {"基底面积 m²", "Footprint m²"}},
        {"funding", {"资金分担", "Funding shares"}},
        {"grade", {"级别", "Grade"}},
        {"heritage", {"历史建筑", "Heritage building"}},
        {"heritage_buildings", {"历史建筑", "Heritage buildings"}},
        {"households", {"户数", "Households"}},
        {"households_pct", {"户数完成率 %", "Households reached %"}},
        {"households_served", {"服务户数", "Households served"}},
        {"households_served_euclidean", {"直线距离服务户数", "Households served (straight line)"}},
        {"id", {"编号", "ID"}},
        {"implementing_body", {"实施主体", "Implementing body"}},
        {"in_plan", {"纳入改造", "In the plan"}},
        {"in_planned_community", {"位于规划小区", "In a planned community"}},
        {"ineligible_buildings", {"不符合条件楼栋", "Ineligible buildings"}},
        {"investment_cny", {"投资 元", "Investment CNY"}},
        {"layer", {"图层", "Layer"}},
        {"lead_department", {"牵头单位", "Lead department"}},
        {"level", {"层级", "Level"}},
        {"lift_candidate", {"可加装电梯", "Lift candidate"}},
        {"lift_candidates", {"可加装电梯楼栋", "Lift candidates"}},
        {"lift_subsidy_cny", {"电梯补助 元", "Lift subsidy CNY"}},
        {"lifts", {"电梯", "Lifts"}},
        {"marginal_buildings", {"新增覆盖楼栋", "Newly covered buildings"}},
        {"marginal_households", {"新增覆盖户数", "Newly covered households"}},
        {"method", {"方法", "Method"}},
        {"municipal_cny", {"市级资金 元", "Municipal funds CNY"}},
        {"name", {"名称", "Name"}},
        {"nearest_same_type_id", {"最近同类设施编号", "Nearest same-type facility ID"}},
        {"nearest_same_type_m", {"最近同类设施距离 m", "Nearest same-type facility m"}},
        {"path", {"改造路径", "Renovation path"}},
        {"people", {"人口", "People"}},
        {"people_estimated", {"人口为估算", "People estimated"}},
        {"people_pct", {"人口完成率 %", "People reached %"}},
        {"phase", {"批次", "Phase"}},
        {"pipeline_cost_cny", {"管线工程总造价 元", "Pipeline works cost CNY"}},
        {"pipeline_subsidy_cny", {"管线补助 元", "Pipeline subsidy CNY"}},
        {"planned", {"纳入规划", "Planned"}},
        {"problem", {"问题", "Problem"}},
        {"progress_note", {"进展说明", "Progress note"}},
        {"progress_percent", {"进度 %", "Progress %"}},
        {"radius_m", {"服务半径 m", "Service radius m"}},
        {"rank", {"排序", "Rank"}},
        {"reach_households", {"服务范围内户数", "Households within reach"}},
        {"reasons", {"不符合原因", "Why not eligible"}},
        {"rebuild_floor_area_max_m2", {"可重建面积上限 m²", "Rebuild floor area limit m²"}},
        {"refused", {"未能计算", "Not computed"}},
        {"repaired", {"几何已修复", "Geometry repaired"}},
        {"residents_cny", {"居民出资 元", "Residents CNY"}},
        {"rules", {"规则", "Rules"}},
        {"rules_json", {"规则明细 JSON", "Rules (JSON)"}},
        {"safety_grade", {"安全等级", "Safety grade"}},
        {"scope", {"范围", "Scope"}},
        {"share_inside", {"位于小区内比例", "Share inside the community"}},
        {"site_area_m2", {"用地面积 m²", "Site area m²"}},
        {"stairwells", {"单元数", "Stairwells"}},
        {"start_date", {"开工日期", "Start date"}},
        {"status", {"状态", "Status"}},
        {"street", {"街道", "Street"}},
        {"street_code", {"街道代码", "Street code"}},
        {"street_name", {"街道", "Street"}},
        {"streets", {"街道", "Streets"}},
        {"subsidy_total_cny", {"补助合计 元", "Subsidy total CNY"}},
        {"substandard", {"低于标准", "Below standard"}},
        {"target_buildings", {"目标楼栋数", "Target buildings"}},
        {"target_communities", {"目标小区数", "Target communities"}},
        {"target_floor_area_m2", {"目标建筑面积 m²", "Target floor area m²"}},
        {"target_households", {"目标户数", "Target households"}},
        {"target_people", {"目标人口", "Target people"}},
        {"type", {"类型", "Type"}},
        {"uncovered_households", {"未覆盖户数", "Uncovered households"}},
        {"unit_id", {"实施单元", "Implementation unit"}},
        {"updated", {"更新时间", "Updated"}},
        {"use", {"用途", "Use"}},
        {"verdict", {"结论", "Verdict"}},
        {"warned_rules", {"需注意规则", "Rules to note"}},
        {"warnings", {"提示", "Warnings"}},
        {"year", {"年度", "Year"}},
    };
    return table;
}

}  // namespace

bool has_field_title(const std::string& field) { return field_title_table().count(field) > 0; }

std::string field_title(const std::string& field, Lang lang) {
    const auto it = field_title_table().find(field);
    if (it == field_title_table().end()) return field;
    return lang == Lang::zh ? it->second.zh : it->second.en;
}

}  // namespace renozone
