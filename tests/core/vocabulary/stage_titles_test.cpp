// Every stage of long work has a title in both languages, so no shell shows a
// bare key on its progress bar.
#include "core/vocabulary/stage_titles.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

const Stage every_stage[] = {Stage::reading_layer,         Stage::placing_buildings,         Stage::writing_buildings,
                             Stage::laying_candidate_grid, Stage::measuring_candidate_reach, Stage::finding_facility_gaps,
                             Stage::preparing_map_layers,  Stage::pushdown_step};

TEST(StageTitles, EveryStageIsNamedInBothLanguages) {
    for (Stage stage : every_stage) {
        const std::string zh = stage_title({stage, "buildings"}, Lang::zh), en = stage_title({stage, "buildings"}, Lang::en);
        EXPECT_FALSE(zh.empty());
        EXPECT_FALSE(en.empty());
        EXPECT_NE(zh, en);
    }
}

TEST(StageTitles, TheLayerReadIsNamed) {
    EXPECT_EQ(stage_title({Stage::reading_layer, "buildings"}, Lang::zh), "读取楼栋");
    EXPECT_EQ(stage_title({Stage::reading_layer, "communities"}, Lang::zh), "读取小区");
    EXPECT_EQ(stage_title({Stage::reading_layer, "communities"}, Lang::en), "Reading communities");
    EXPECT_EQ(stage_title(Stage::placing_buildings, Lang::zh), "将楼栋归入小区");
    EXPECT_EQ(stage_title({Stage::pushdown_step, "placements"}, Lang::en), "Pushdown: placements");
}

}  // namespace
}  // namespace renozone
