// Every warning of a unit is said in Chinese and in English from its values,
// the same words in the viewer, the QGIS plugin and the HTML report.
#include "core/vocabulary/unit_warning_text.h"

#include "core/planning/unit_evaluation.h"
#include "core/planning/unit_geometry.h"
#include "districts.h"

#include <gtest/gtest.h>

#include <set>

namespace renozone {
namespace {

bool starts_in_chinese(const std::string& text) {
    // The first character is a CJK ideograph: three UTF-8 bytes from E4 to E9.
    return text.size() >= 3 && static_cast<unsigned char>(text[0]) >= 0xE4 && static_cast<unsigned char>(text[0]) <= 0xE9;
}

TEST(UnitWarningText, EachKindTheEngineGivesIsSaidInChineseAndInEnglish) {
    // Across both streets, cutting communities, with heritage and buildings outside the scope rules.
    const District& district = test::embedded_district();
    const UnitShape unit = unit_from_wkt(
        district, "POLYGON((474400 3245000,476000 3245000,476000 3246000,474400 3246000,474400 3245000))", "");
    std::vector<UnitWarning> warnings = evaluate_unit(district, unit.geom.get()).warnings;
    ASSERT_GE(warnings.size(), 4u);
    UnitWarning overlaps{UnitWarningKind::overlaps_units};  // needs other units
    overlaps.count = 2;
    warnings.push_back(overlaps);
    std::set<UnitWarningKind> kinds;
    for (const auto& w : warnings) {
        kinds.insert(w.kind);
        EXPECT_TRUE(starts_in_chinese(unit_warning_text(w, Lang::zh))) << unit_warning_text(w, Lang::zh);
        EXPECT_EQ(unit_warning_text(w, Lang::en), english_unit_warning(w));
    }
    EXPECT_EQ(kinds.size(), 5u);  // every kind
}

TEST(UnitWarningText, TheChineseWords) {
    UnitWarning cut{UnitWarningKind::cuts_community};
    cut.community_id = "FS14";
    cut.community_name = "油房沟小区";
    cut.share_inside = 0.996;
    EXPECT_EQ(unit_warning_text(cut, Lang::zh), "切分小区 FS14 油房沟小区（99.6% 在单元内）");
    UnitWarning crosses{UnitWarningKind::crosses_streets};
    crosses.streets = {"500156001", "500156002"};
    EXPECT_EQ(unit_warning_text(crosses, Lang::zh), "跨越街道边界（500156001、500156002）");
    UnitWarning outside{UnitWarningKind::outside_scope};
    outside.count = 4;
    EXPECT_EQ(unit_warnings_text({outside, UnitWarning{UnitWarningKind::contains_heritage}}, Lang::zh),
              "包含 4 栋不符合规划改造范围规则的楼栋; 含历史建筑：只修缮，不拆除");
    EXPECT_EQ(unit_warnings_text({}, Lang::en), "");
}

}  // namespace
}  // namespace renozone
