#include "core/vocabulary/report_labels.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"

#include <array>
#include <map>

namespace renozone {
namespace {

struct Entry {
    Label key;
    const char* zh;
    const char* en;
};

constexpr std::array<Entry, static_cast<std::size_t>(Label::count_)> entries{{
    {Label::title, "城镇老旧小区改造规划报告", "Renovation of old residential communities: planning report"},
    {Label::subtitle, "计算值对照专项行动方案目标", "computed figures against the plan's targets"},
    {Label::generated, "生成时间", "Generated"},
    {Label::project, "项目文件", "Project"},
    {Label::data_notice, "数据说明", "About the data"},
    {Label::contents, "目录", "Contents"},
    {Label::totals, "全区与街道汇总", "District and street totals"},
    {Label::district, "全区", "District"},
    {Label::street, "街道", "Street"},
    {Label::indicator, "指标", "Indicator"},
    {Label::computed, "计算值", "Computed"},
    {Label::target, "规划目标", "Plan target"},
    {Label::difference, "差值", "Difference"},
    {Label::percent, "完成率", "Percent"},
    {Label::communities, "小区（个）", "Communities"},
    {Label::buildings, "楼栋（栋）", "Buildings"},
    {Label::floor_area_m2, "建筑面积（m²）", "Floor area (m²)"},
    {Label::households, "户数（户）", "Households"},
    {Label::people, "人口（人）", "People"},
    {Label::streets_against_plan, "各街道对照目标", "Streets against the plan"},
    {Label::map, "改造范围图", "Map of the renovation scope"},
    {Label::map_caption, "小区按改造批次着色，楼栋按是否纳入改造着色", "Communities by phase, buildings by eligibility"},
    {Label::legend_phase_implement, "实施一批", "Implement"},
    {Label::legend_phase_plan, "谋划一批", "Plan"},
    {Label::legend_phase_reserve, "储备一批", "Reserve"},
    {Label::legend_not_planned, "未纳入方案", "Not in the plan"},
    {Label::legend_in_plan, "纳入改造楼栋", "Building in the plan"},
    {Label::legend_eligible_not_planned, "符合条件未纳入", "Eligible, not planned"},
    {Label::legend_other_building, "其他楼栋", "Other building"},
    {Label::legend_river, "河流", "River"},
    {Label::legend_road, "道路", "Road"},
    {Label::legend_street_boundary, "街道界线", "Street boundary"},
    {Label::legend_heritage, "历史文化保护", "Heritage"},
    {Label::legend_unit, "实施单元", "Implementation unit"},
    {Label::legend_site_check, "选址检查", "Site check"},
    {Label::north, "北", "N"},
    {Label::metres, "米", "m"},
    {Label::per_community, "各小区明细", "Communities"},
    {Label::community_id, "编号", "ID"},
    {Label::community, "小区", "Community"},
    {Label::phase, "批次", "Phase"},
    {Label::year, "年度", "Year"},
    {Label::demonstration, "示范", "Demo site"},
    {Label::path, "改造方式", "Path"},
    {Label::lifts, "加装电梯（部）", "Lifts"},
    {Label::lift_subsidy_cny, "电梯补助（元）", "Lift subsidy (CNY)"},
    {Label::area_percent, "面积完成率", "Floor area %"},
    {Label::not_planned_communities, "未纳入方案的小区", "Communities not in the plan"},
    {Label::not_planned_caption, "其中符合改造条件的楼栋可作为储备", "their eligible buildings are candidates for the reserve"},
    {Label::footprint_m2, "基底面积（m²）", "Footprint (m²)"},
    {Label::records_lacking, "缺层数/年份/户数", "Lacking floors/year/hh"},
    {Label::no_planned_community, "数据中没有方案所列的小区：下表为各小区现有楼栋的清单。",
     "No community of the plan is in the data: the table below is the inventory of each community's buildings."},
    {Label::eligible_not_planned, "符合条件楼栋", "Eligible buildings"},
    {Label::all_buildings, "全部楼栋", "All buildings"},
    {Label::lifts_and_subsidies, "加装电梯与补助", "Lifts and subsidies"},
    {Label::lift_candidates, "可加装电梯楼栋", "Buildings that may add lifts"},
    {Label::lift_min_floors, "可加装电梯的最低层数", "Floors a building needs to add a lift"},
    {Label::lift_rule, "电梯数量按每个单元（楼梯间）一部计，未登记单元数的按每栋一部计",
     "Lifts are counted one per stairwell, or one per building where stairwells are not recorded."},
    {Label::subsidy_per_lift, "每部电梯补助（元）", "Subsidy per lift (CNY)"},
    {Label::pipeline_subsidy, "管网改造补助", "Pipeline subsidy"},
    {Label::pipeline_share, "管网改造补助比例（占总造价）", "Pipeline subsidy (share of the total cost)"},
    {Label::pipeline_rule, "水、电、气、通信、广电管网改造按总造价比例补助；基础数据不含造价，造价随实施单元填报。",
     "Water, power, gas, telecom and cable works are subsidised as a share of their total cost; the base data holds no costs, which are given with each implementation unit."},
    {Label::d_grade_buildings, "D级危房", "D-grade buildings"},
    {Label::d_grade_rebuild_area, "D级危房可重建面积上限（m²）", "D-grade rebuild floor area, at most (m²)"},
    {Label::heritage_buildings, "历史建筑", "Heritage buildings"},
    {Label::value, "数值", "Value"},
    {Label::implementation_units, "实施单元", "Implementation units"},
    {Label::units_none, "项目中尚无实施单元。", "The project holds no implementation units yet."},
    {Label::no_project, "未指定项目文件（--project），本节从略。", "No project given (--project); this section is left out."},
    {Label::unit_id, "编号", "ID"},
    {Label::name, "名称", "Name"},
    {Label::lead_department, "牵头单位", "Lead department"},
    {Label::pipeline_subsidy_cny, "管网补助（元）", "Pipeline subsidy (CNY)"},
    {Label::total_subsidy_cny, "补助合计（元）", "Total subsidy (CNY)"},
    {Label::budget_cny, "预算（元）", "Budget (CNY)"},
    {Label::warnings, "提示", "Warnings"},
    {Label::updated, "更新时间", "Updated"},
    {Label::site_checks, "选址检查", "Site checks"},
    {Label::site_checks_none, "项目中尚无选址检查记录。", "The project holds no site checks yet."},
    {Label::facility_type, "设施类型", "Facility type"},
    {Label::verdict, "结论", "Verdict"},
    {Label::households_served, "服务户数", "Households served"},
    {Label::distance_method, "距离计算", "Distance"},
    {Label::radius_m, "服务半径（m）", "Radius (m)"},
    {Label::site_area_m2, "用地面积（m²）", "Site area (m²)"},
    {Label::network, "路网距离", "along roads"},
    {Label::euclidean, "直线距离", "straight line"},
    {Label::failed_rules, "未通过的规则", "Failed rules"},
    {Label::warned_rules, "需注意的规则", "Rules with warnings"},
    {Label::checked, "检查时间", "Checked"},
    {Label::decision, "规划部门意见", "Planning bureau's decision"},
    {Label::decision_pending, "未决定", "pending"},
    {Label::pass, "通过", "pass"},
    {Label::warn, "注意", "warn"},
    {Label::fail, "不通过", "fail"},
    {Label::facility_gaps, "配套设施缺口", "Facility gaps"},
    {Label::existing_facilities, "现有设施（处）", "Existing facilities"},
    {Label::covered_households, "覆盖户数", "Households covered"},
    {Label::coverage, "覆盖率", "Coverage"},
    {Label::uncovered_households, "未覆盖户数", "Households not covered"},
    {Label::substandard_communities, "不达标小区", "Communities below standard"},
    {Label::substandard_planned, "其中纳入方案", "of them in the plan"},
    {Label::uncovered_communities, "完全未覆盖小区", "Communities not reached at all"},
    {Label::gaps_threshold, "住户在现有设施服务半径内的比例低于以下值的小区为不达标",
     "A community is below standard when fewer of its households than this lie within an existing facility's radius"},
    {Label::gaps_per_community, "纳入方案小区的设施覆盖率", "Coverage of the planned communities"},
    {Label::gaps_per_community_caption, "覆盖率：小区住户在该类现有设施服务半径内的比例；有一类低于标准的小区名称标色。",
     "Coverage: the share of a community's households within an existing facility's radius; a community below the standard for any type has its name marked."},
    {Label::unknown_facility_types, "规则未定义的设施类型（未计入）", "Facility types the rules do not know (left out)"},
    {Label::phasing, "分年度实施计划", "Phasing by year"},
    {Label::phasing_by_phase, "按年度与批次", "By year and phase"},
    {Label::phasing_cumulative, "逐年累计（括号内为占规划目标比例）", "Cumulative by year (share of the plan's targets)"},
    {Label::by_end_of, "截至年度", "By the end of"},
    {Label::plan_due_buildings, "方案表应完成楼栋", "Buildings due by the plan table"},
    {Label::unscheduled, "未定年度", "No year"},
    {Label::unphased, "未定批次", "No phase"},
    {Label::phasing_items, "分期对象", "Phased"},
    {Label::phasing_units, "实施单元", "implementation units"},
    {Label::phasing_communities_outside, "单元外的规划小区", "planned communities outside the units"},
    {Label::phasing_plan_only, "未指定项目文件（--project）：按方案表的批次与年度分期。",
     "No project given (--project): phased by the plan table's phases and years."},
    {Label::overlapping_buildings, "栋楼位于多个实施单元内，计入编号最小的单元",
     "building(s) lie in more than one unit and count in the lowest unit id"},
    {Label::ledger, "项目台账", "Project ledger"},
    {Label::ledger_none, "项目中尚无台账记录。添加：renozone ledger add --project 项目.gpkg --name … --unit 1 --lead 1",
     "The project holds no ledger records yet. Add one: renozone ledger add --project project.gpkg --name ... --unit 1 --lead 1"},
    {Label::ledger_no_project,
     "未指定项目文件（--project）。台账保存在项目 GeoPackage 中：先用 renozone ledger add --project 项目.gpkg --name … "
     "--communities-ids … --lead 1 建立，再以 renozone report --html 报告.html --project 项目.gpkg 生成报告。",
     "No project given (--project). The ledger lives in a project GeoPackage: make one with renozone ledger add "
     "--project project.gpkg --name ... --communities-ids ... --lead 1, then run renozone report --html report.html "
     "--project project.gpkg."},
    {Label::content, "改造内容", "Content"},
    {Label::investment_cny, "总投资（元）", "Investment (CNY)"},
    {Label::progress, "形象进度", "Progress"},
    {Label::dates, "工期", "Dates"},
    {Label::discrepancies, "数据问题汇总", "Discrepancies"},
    {Label::errors, "错误", "errors"},
    {Label::warnings_count, "警告", "warnings"},
    {Label::notes_count, "提示", "notes"},
    {Label::repairs, "已修复几何", "geometries repaired"},
    {Label::severity, "级别", "Severity"},
    {Label::severity_error, "错误", "error"},
    {Label::severity_warning, "警告", "warning"},
    {Label::severity_info, "提示", "note"},
    {Label::code, "类型", "Code"},
    {Label::layer, "图层", "Layer"},
    {Label::count, "数量", "Count"},
    {Label::example, "示例", "Example"},
    {Label::rules, "计算规则", "Rules"},
    {Label::rule_scope, "范围：2000年以前建成、位于城镇、纳入方案小区的住宅及商住楼栋",
     "Scope: residential or mixed-use buildings built before 2000, in a town, in a planned community"},
    {Label::people_per_household, "未登记人口的楼栋按每户人数估算", "People per household, where a building records no people"},
    {Label::assignment_rule, "楼栋按其面内点（GEOS point-on-surface）所在的小区归属；跨界楼栋整栋计入，界外部分另行记录",
     "A building belongs to the community holding its GEOS point-on-surface; a straddler counts whole there and its share outside is recorded"},
    {Label::input_notes, "输入说明", "Input notes"},
    {Label::yes, "是", "yes"},
    {Label::no, "否", "no"},
}};

constexpr bool in_key_order() {
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (static_cast<std::size_t>(entries[i].key) != i) return false;
    return true;
}
static_assert(in_key_order(), "report label entries must follow the order of enum Label");

const std::map<std::string, Pair>& phases() {
    static const std::map<std::string, Pair> table{
        {"实施", {"实施", "implement"}}, {"谋划", {"谋划", "plan"}}, {"储备", {"储备", "reserve"}}};
    return table;
}

const std::map<std::string, Pair>& paths() {
    static const std::map<std::string, Pair> table{{"综合改造", {"综合改造", "comprehensive renovation"}},
                                                   {"管理提升", {"管理提升", "management upgrade"}},
                                                   {"自建联建", {"自建联建", "self-build or joint rebuild"}}};
    return table;
}

const std::map<std::string, Pair>& uses() {
    static const std::map<std::string, Pair> table{{"residential", {"住宅", "residential"}},
                                                   {"mixed", {"商住", "mixed use"}},
                                                   {"commercial", {"商业", "commercial"}},
                                                   {"public", {"公共", "public"}},
                                                   {"industrial", {"工业", "industrial"}}};
    return table;
}

const std::map<std::string, Pair>& measure_units() {
    static const std::map<std::string, Pair> table{{"households", {"户", "households"}},
                                                   {"communities", {"个小区", "communities"}},
                                                   {"m² per 100 households", {"m²/百户", "m² per 100 households"}}};
    return table;
}

const std::map<std::string, Pair>& facility_types() {
    static const std::map<std::string, Pair> table{
        {"elderly_care", {"养老服务设施", "Elderly care"}},
        {"day_care", {"日间照料中心", "Elderly day care"}},
        {"kindergarten", {"幼儿园", "Kindergarten"}},
        {"nursery", {"托儿所", "Nursery"}},
        {"service_station", {"社区服务站", "Service station"}},
        {"health_station", {"卫生服务站", "Health station"}},
        {"culture_sports", {"文体活动场地", "Culture and sports"}},
        {"public_toilet", {"公共厕所", "Public toilet"}},
        {"parking", {"停车场", "Parking"}},
        {"ev_charging", {"充电设施", "EV charging"}},
        {"waste_sorting", {"垃圾分类点", "Waste sorting"}},
    };
    return table;
}

}  // namespace

std::string lookup(const std::map<std::string, Pair>& table, Lang lang, const std::string& key) {
    const auto it = table.find(key);
    if (it == table.end()) return key;
    return lang == Lang::zh ? it->second.zh : it->second.en;
}

Lang parse_lang(const std::string& text) {
    const std::string t = to_lower_ascii(trim(text));
    if (t == "zh" || t == "zh-cn" || t == "zh_cn") return Lang::zh;
    if (t == "en") return Lang::en;
    throw UsageError("--lang: '" + text + "' is not zh or en");
}

const char* lang_tag(Lang lang) { return lang == Lang::zh ? "zh-CN" : "en"; }

const char* label(Lang lang, Label key) {
    const auto& e = entries.at(static_cast<std::size_t>(key));
    return lang == Lang::zh ? e.zh : e.en;
}

std::string phase_label(Lang lang, const std::string& phase) { return lookup(phases(), lang, phase); }

std::string path_label(Lang lang, const std::string& path) { return lookup(paths(), lang, path); }

std::string use_label(Lang lang, const std::string& use) { return lookup(uses(), lang, use); }

std::string measure_unit_label(Lang lang, const std::string& unit) { return lookup(measure_units(), lang, unit); }

std::string facility_label(Lang lang, const std::string& type) { return lookup(facility_types(), lang, type); }

}  // namespace renozone
