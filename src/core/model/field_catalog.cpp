#include "core/model/field_catalog.h"

#include "core/base/errors.h"

namespace renozone {

namespace {
using T = FieldType;
constexpr bool req = true;
constexpr bool opt = false;
}  // namespace

const std::vector<LayerSpec>& layer_catalog() {
    static const std::vector<LayerSpec> catalog = {
        {"streets", true,
         {{"code", T::text, req, {"street_code", "街道代码", "代码", "编码"}},
          {"name", T::text, req, {"street_name", "街道名称", "名称"}}}},
        {"communities", true,
         {{"id", T::text, opt, {"community_id", "小区编号", "编号", "code"}},
          {"name", T::text, req, {"community_name", "小区名称", "名称"}},
          {"street_code", T::text, opt, {"街道代码", "street"}},
          {"committee", T::text, opt, {"社区居委会", "社区", "居委会"}}}},
        {"buildings", true,
         {{"id", T::text, opt, {"building_id", "楼栋编号", "编号", "code"}},
          {"floors", T::integer, opt, {"层数", "楼层数", "地上层数", "建筑层数", "building:levels", "storeys", "levels"}},
          {"built_year", T::integer, opt, {"建成年代", "建成年份", "建成时间", "建设年代", "建造年代", "year_built", "start_date", "year"}},
          {"built_period", T::text, opt, {"建成年代区间"}},  // as renozone tag writes a period; read when built_year is empty
          {"use", T::text, opt, {"用途", "使用性质", "房屋用途", "建筑用途", "usage"}},
          {"households", T::integer, opt, {"户数", "住户数", "hh"}},
          {"floor_area", T::real, opt, {"建筑面积", "总建筑面积", "面积", "area"}},
          {"people", T::integer, opt, {"人口", "人数", "居住人口", "population"}},
          {"stairwells", T::integer, opt, {"单元数", "楼梯数", "entrances", "units"}},
          {"structure", T::text, opt, {"结构类型", "建筑结构", "房屋结构", "结构"}},
          {"safety_grade", T::text, opt, {"安全等级", "鉴定等级", "危房等级", "grade"}},
          {"heritage", T::integer, opt, {"历史建筑", "文物", "is_heritage"}},
          {"name", T::text, opt, {"楼栋名称", "名称"}},
          {"address", T::text, opt, {"地址", "门牌"}}}},
        {"plan", false,
         {{"community_id", T::text, opt, {"小区编号", "编号"}},
          {"community_name", T::text, req, {"小区名称", "名称"}},
          {"street_code", T::text, opt, {"街道代码"}},
          {"phase", T::text, opt, {"阶段", "批次"}},
          {"year", T::integer, opt, {"年度", "年份"}},
          {"demonstration", T::integer, opt, {"示范", "示范小区"}},
          {"path", T::text, opt, {"改造途径", "途径"}},
          {"target_buildings", T::integer, opt, {"栋数", "楼栋数"}},
          {"target_floor_area", T::real, opt, {"改造面积", "面积"}},
          {"target_households", T::integer, opt, {"户数"}},
          {"target_people", T::integer, opt, {"人口", "惠及人口"}}}},
        {"plan_targets", false,
         {{"key", T::text, req, {"指标"}}, {"value", T::real, req, {"数值", "值"}}}},
        {"facilities", true,
         {{"id", T::text, opt, {"编号"}},
          {"type", T::text, req, {"类型", "设施类型"}},
          {"name", T::text, opt, {"名称"}},
          {"capacity", T::integer, opt, {"规模", "容量"}}}},
        {"heritage", true, {{"id", T::text, opt, {"编号"}}, {"name", T::text, opt, {"名称"}}, {"grade", T::text, opt, {"级别"}}}},
        {"roads", true, {{"id", T::text, opt, {"编号"}}, {"name", T::text, opt, {"名称"}}, {"class", T::text, opt, {"等级"}}}},
        {"river", true, {{"name", T::text, opt, {"名称"}}}},
    };
    return catalog;
}

const LayerSpec& layer_spec(const std::string& kind) {
    for (const auto& spec : layer_catalog())
        if (spec.kind == kind) return spec;
    throw UsageError("unknown layer kind '" + kind + "'");
}

std::string layer_name_zh(const std::string& kind) {
    static const std::pair<const char*, const char*> names[] = {
        {"streets", "街道"},     {"communities", "小区"}, {"buildings", "楼栋"},          {"plan", "规划表"},
        {"plan_targets", "规划目标"}, {"facilities", "公共服务设施"}, {"heritage", "历史文化保护"}, {"roads", "道路"},
        {"river", "河流"}};
    for (const auto& [canonical, chinese] : names)
        if (kind == canonical) return chinese;
    return kind;
}

bool is_layer_kind(const std::string& kind) {
    for (const auto& spec : layer_catalog())
        if (spec.kind == kind) return true;
    return false;
}

}  // namespace renozone
