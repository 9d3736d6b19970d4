#include "core/planning/content_items.h"

#include "core/base/name_match.h"
#include "core/base/text_utils.h"

namespace renozone {

const char* category_key(ContentCategory c) {
    switch (c) {
    case ContentCategory::basic: return "basic";
    case ContentCategory::improvement: return "improvement";
    case ContentCategory::enhancement: return "enhancement";
    }
    return "";
}

const char* category_name(ContentCategory c) {
    switch (c) {
    case ContentCategory::basic: return "基础类";
    case ContentCategory::improvement: return "完善类";
    case ContentCategory::enhancement: return "提升类";
    }
    return "";
}

const std::vector<ContentItem>& content_items() {
    using C = ContentCategory;
    // Childcare names no unit in the plan's division of duties: only the site approval applies.
    static const std::vector<ContentItem> items = {
        {"roof", "屋面修缮", C::basic, false, {}},
        {"facade", "外墙及楼道等公共部位修缮", C::basic, false, {}},
        {"water", "供水管网及一户一表", C::basic, true, {"water"}},
        {"drainage", "排水管网", C::basic, false, {"municipal"}},
        {"power", "供电线路", C::basic, true, {"power"}},
        {"gas", "燃气管线", C::basic, true, {"gas"}},
        {"telecom", "通信及广电光纤线路", C::basic, true, {"telecom", "cable"}},
        {"roads", "小区道路", C::basic, false, {}},
        {"lighting", "照明", C::basic, false, {"streetlight"}},
        {"fire", "消防设施", C::basic, false, {}},
        {"security", "安防设施（雪亮工程）", C::basic, false, {}},
        {"waste_sorting", "垃圾分类设施", C::basic, false, {"municipal"}},
        {"unsafe_rebuild", "D级危房自建联建", C::basic, false, {"rebuild"}},
        {"lifts", "加装电梯", C::improvement, false, {"lifts", "subsidy"}},
        {"greening", "绿化及海绵城市设施", C::improvement, false, {}},
        {"parking", "停车场（库）", C::improvement, false, {"municipal", "site"}},
        {"ev_charging", "充电设施", C::improvement, false, {"municipal"}},
        {"accessibility", "适老化及无障碍改造", C::improvement, false, {}},
        {"illegal_structures", "拆除违法建设", C::improvement, false, {"demolition"}},
        {"energy_saving", "建筑节能改造", C::improvement, false, {}},
        {"property_management", "物业管理及长效机制", C::improvement, false, {"management"}},
        {"elderly_care", "养老服务设施", C::enhancement, false, {"elderly", "site"}},
        {"childcare", "托育及幼儿园", C::enhancement, false, {"site"}},
        {"health_station", "卫生服务站", C::enhancement, false, {"health", "site"}},
        {"culture_sports", "文化体育设施", C::enhancement, false, {"culture_sports", "site"}},
        {"service_center", "社区综合服务设施", C::enhancement, false, {"community", "site"}},
        {"heritage", "历史建筑及文物保护修缮", C::enhancement, false, {"heritage"}},
        {"smart_community", "智慧社区", C::enhancement, false, {}},
    };
    return items;
}

std::vector<std::string> content_item_spellings(const ContentItem& item) {
    std::vector<std::string> spellings = {item.key, item.name};
    const auto parts = split_any(item.name, {"及", "（", "）"});
    if (parts.size() == 1) return spellings;
    for (const auto& part : parts)
        if (decode_utf8(part).size() >= 2) spellings.push_back(part);  // not the 库 of 停车场（库）
    return spellings;
}

const ContentItem* find_content_item(const std::string& raw) {
    const std::string key = to_lower_ascii(name_key(raw));
    if (key.empty()) return nullptr;
    for (const auto& item : content_items())
        for (const auto& spelling : content_item_spellings(item))
            if (key == to_lower_ascii(name_key(spelling))) return &item;
    return nullptr;
}

std::vector<std::string> content_items_near(const std::string& typed) {
    std::vector<std::vector<std::string>> spellings;
    for (const auto& item : content_items()) spellings.push_back(content_item_spellings(item));
    std::vector<std::string> near;
    for (std::size_t index : nearest_names(typed, spellings))
        near.push_back(content_items()[index].name + " (" + content_items()[index].key + ")");
    return near;
}

}  // namespace renozone
