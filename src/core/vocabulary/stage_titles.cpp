#include "core/vocabulary/stage_titles.h"

#include "core/model/field_catalog.h"

namespace renozone {

std::string stage_title(const ProgressStage& s, Lang lang) {
    const bool zh = lang == Lang::zh;
    switch (s.stage) {
        case Stage::reading_layer: return zh ? "读取" + layer_name_zh(s.subject) : "Reading " + s.subject;
        case Stage::placing_buildings: return zh ? "将楼栋归入小区" : "Placing buildings in communities";
        case Stage::writing_buildings: return zh ? "写出楼栋" : "Writing buildings";
        case Stage::laying_candidate_grid: return zh ? "布设候选网格" : "Laying the candidate grid";
        case Stage::measuring_candidate_reach: return zh ? "计算候选点服务范围" : "Measuring the candidates' reach";
        case Stage::finding_facility_gaps: return zh ? "分析设施缺口" : "Finding facility gaps";
        case Stage::preparing_map_layers: return zh ? "准备地图图层" : "Preparing the map layers";
        case Stage::pushdown_step: return (zh ? "PostGIS 内计算：" : "Pushdown: ") + s.subject;
    }
    return {};
}

}  // namespace renozone
