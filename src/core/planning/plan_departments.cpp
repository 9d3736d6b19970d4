#include "core/planning/plan_departments.h"

#include "core/base/text_utils.h"

namespace renozone {

const std::vector<Department>& plan_departments() {
    // Duty keys (content_items.h names which items need them; duties.cpp words each line):
    // every project: coordination, funding, mobilisation; with its items: subsidy, lifts, site,
    // rebuild, power, gas, telecom, cable, water, streetlight, elderly, community, management,
    // municipal (parking, charging, waste), demolition, heritage, culture_sports, health.
    static const std::vector<Department> departments = {
        {1, "区住房城乡建委", {}, {"coordination"}, "统筹老旧小区改造：年度计划、项目调度、资金、进度、考评；规划、立项、方案设计"},
        {2, "区发展改革委", {}, {"funding"}, "中央预算内投资支持；立项、可研审批、概算批复"},
        {3, "区经济信息委", {}, {"power", "gas", "telecom"}, "督促运营单位规范整治、迁移电力、燃气、通信管线"},
        {4, "区民政局", {}, {"elderly", "community"}, "基层群众自治和社区治理；建立养老公共服务设施"},
        {5, "区财政局", {}, {"funding", "subsidy"}, "核拨项目资金；专项债券报批"},
        {6, "区规划自然资源局", {}, {"lifts", "site", "rebuild"}, "规划管理、规划选址、用地许可；加装电梯审批"},
        {7, "区城市管理局", {}, {"municipal", "demolition"}, "市政公用设施、垃圾分类、充电装置、停车场导入及监管；查处违章建筑"},
        {8, "区文化旅游委", {}, {"heritage", "culture_sports"}, "文物保护、文旅融合、文化体育设施布置"},
        {9, "区卫生健康委", {}, {"health"}, "卫生、防疫、医疗相关导入及监管"},
        {10, "国网重庆武隆供电公司", {}, {"power", "streetlight"}, "强电线路规范整治，变配箱及线路迁移更新，路灯接口"},
        {11, "区自来水公司", {}, {"water"}, "供水管网及“一户一表”规范整治，水表箱及线路迁移更新"},
        {12, "区广电网络公司、中国移动武隆分公司、中国联通武隆分公司、中国电信武隆分公司",
         {"区广电网络公司", "中国移动武隆分公司", "中国联通武隆分公司", "中国电信武隆分公司"}, {"telecom", "cable"},
         "网络光纤线路规范整治，线路及设施设备迁移更新"},
        {13, "街道办事处、乡镇人民政府", {"凤山街道办事处", "芙蓉街道办事处"}, {"community", "management", "demolition", "mobilisation"},
         "宣传动员、化解矛盾、协助拆违；社区服务功能提升；小区长效管理机制"},
    };
    return departments;
}

const Department* find_department(const std::string& raw) {
    const std::string text = trim(raw);
    for (const auto& d : plan_departments()) {
        if (text == d.name || text == std::to_string(d.number)) return &d;
        for (const auto& member : d.members)
            if (text == member) return &d;
    }
    return nullptr;
}

const std::vector<std::string>& renovation_paths() {
    static const std::vector<std::string> paths = {"综合改造", "管理提升", "自建联建"};
    return paths;
}

std::string normalise_path(const std::string& raw) {
    const std::string text = to_lower_ascii(trim(raw));
    if (text == "综合改造" || text == "comprehensive") return "综合改造";
    if (text == "管理提升" || text == "management") return "管理提升";
    if (text == "自建联建" || text.find("自建") != std::string::npos || text == "self_build") return "自建联建";
    return "";
}

}  // namespace renozone
