#include "core/vocabulary/layer_titles.h"

#include "core/model/field_catalog.h"

namespace renozone {
namespace {

struct Title {
    const char* layer;
    const char* zh;  // nullptr: the model's name (layer_name_zh)
    const char* en;
};

const Title titles[] = {
    {"streets", nullptr, "Streets"},
    {"communities", nullptr, "Communities"},
    {"buildings", nullptr, "Buildings"},
    {"facilities", nullptr, "Community facilities"},
    {"heritage", nullptr, "Heritage areas"},
    {"river", nullptr, "River"},
    {"roads", nullptr, "Roads"},
    {"plan", nullptr, "Plan table"},
    {"plan_targets", nullptr, "Plan targets"},
    {"units", "实施单元", "Implementation units"},
    {"implementation_units", "实施单元", "Implementation units"},
    {"site_checks", "选址检查", "Site checks"},
};

}  // namespace

std::string layer_title(const std::string& layer, Lang lang) {
    for (const auto& t : titles) {
        if (layer != t.layer) continue;
        if (lang == Lang::en) return t.en;
        return t.zh ? t.zh : layer_name_zh(layer);
    }
    return layer;
}

}  // namespace renozone
