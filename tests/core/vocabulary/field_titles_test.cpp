// One word for each field and layer in both languages, the same in the
// viewer's attribute panels, the plugin's Chinese aliases and its legend.
#include "core/vocabulary/field_titles.h"
#include "core/vocabulary/layer_titles.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

TEST(FieldTitles, AreSaidInBothLanguagesAndAnUnknownFieldAsItIs) {
    EXPECT_EQ(field_title("households", Lang::zh), "户数");
    EXPECT_EQ(field_title("households", Lang::en), "Households");
    // Once two words (楼栋数 in the viewer, 纳入改造楼栋 in QGIS): one now.
    EXPECT_EQ(field_title("buildings", Lang::zh), "纳入改造楼栋");
    EXPECT_TRUE(has_field_title("d_grade_rebuild_floor_area_max_m2"));
    EXPECT_FALSE(has_field_title("a_field_of_the_users"));
    EXPECT_EQ(field_title("a_field_of_the_users", Lang::zh), "a_field_of_the_users");
}

TEST(FieldTitles, EveryFieldOfTheTaggedLayersHasOne) {
    for (const char* field : {"id", "name", "street_code", "street_name", "committee", "planned", "phase", "year", "demonstration",
                              "path", "buildings", "floor_area_m2", "households", "people", "lifts", "lift_subsidy_cny",
                              "target_buildings", "target_floor_area_m2", "target_households", "target_people",
                              "eligible_not_planned", "all_buildings", "address", "community_id", "community_name", "floors",
                              "built_year", "use", "people_estimated", "floor_area_estimated", "footprint_m2", "floor_area_geom_m2",
                              "share_inside", "in_planned_community", "eligible", "reasons", "in_plan", "lift_candidate",
                              "safety_grade", "d_grade", "rebuild_floor_area_max_m2", "heritage", "repaired"}) {
        EXPECT_TRUE(has_field_title(field)) << field;
        EXPECT_NE(field_title(field, Lang::zh), field_title(field, Lang::en)) << field;
    }
}

TEST(LayerTitles, TheModelsLayersAndTheProjects) {
    EXPECT_EQ(layer_title("communities", Lang::zh), "小区");
    EXPECT_EQ(layer_title("communities", Lang::en), "Communities");
    EXPECT_EQ(layer_title("facilities", Lang::zh), "公共服务设施");
    EXPECT_EQ(layer_title("implementation_units", Lang::zh), "实施单元");
    EXPECT_EQ(layer_title("site_checks", Lang::en), "Site checks");
    EXPECT_EQ(layer_title("somewhere", Lang::zh), "somewhere");
}

}  // namespace
}  // namespace renozone
