#include "core/report/unknown_figures.h"

#include "core/base/text_utils.h"

#include <vector>

namespace renozone {

bool has_unknowns(const Figures& f) {
    return f.eligibility_unknown + f.floors_unknown + f.floor_area_unknown + f.households_unknown > 0;
}

std::string unknowns_sentence(const Figures& f, Lang lang) {
    if (!has_unknowns(f)) return {};
    const bool zh = lang == Lang::zh;
    struct Part {
        long long count;
        const char* en;
        const char* zh;
    };
    const std::vector<Part> parts = {
        {f.eligibility_unknown, "built year missing for %: counted in their planned community, their eligibility unknown",
         "% 栋缺建成年份：计入所在规划小区，是否符合改造条件未知"},
        {f.floors_unknown, "floors unknown for %: lift eligibility and footprint × floors not computed for them",
         "% 栋缺层数：未判断加装电梯条件，未计算基底×层数"},
        {f.floor_area_unknown, "floor area unknown for %: neither recorded nor floors to estimate it, counted as 0",
         "% 栋缺建筑面积：既无记录也无层数可估算，按 0 计"},
        {f.households_unknown, "households unknown for %: their households and people not counted",
         "% 栋缺户数：其户数与人口未计入"},
    };
    std::string out = zh ? "计入的楼栋中信息缺失：" : "unknown among the buildings counted: ";
    bool first = true;
    for (const auto& part : parts) {
        if (part.count == 0) continue;
        std::string text = zh ? part.zh : part.en;
        text.replace(text.find('%'), 1, format_number(double(part.count), 0) + (zh ? "" : " buildings"));
        out += (first ? "" : zh ? "；" : "; ") + text;
        first = false;
    }
    return out;
}

std::string inventory_unknowns_sentence(const Inventory& i, Lang lang) {
    if (i.floors_unknown + i.built_year_unknown + i.households_unknown == 0) return {};
    const bool zh = lang == Lang::zh;
    auto n = [](long long v) { return format_number(double(v), 0); };
    if (zh)
        return "全部 " + n(i.buildings) + " 栋中缺层数 " + n(i.floors_unknown) + " 栋、缺建成年份 " + n(i.built_year_unknown) +
               " 栋、缺户数 " + n(i.households_unknown) + " 栋";
    return "of the " + n(i.buildings) + " buildings: floors unknown for " + n(i.floors_unknown) + ", built year for " +
           n(i.built_year_unknown) + ", households for " + n(i.households_unknown);
}

}  // namespace renozone
