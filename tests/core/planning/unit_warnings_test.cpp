// A unit's warnings are values; their English sentence is what the CLI prints,
// the JSON contract carries and the project GeoPackage keeps.
#include "core/planning/unit_warnings.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

UnitWarning cut(const std::string& id, const std::string& name, double share) {
    UnitWarning w{UnitWarningKind::cuts_community};
    w.community_id = id;
    w.community_name = name;
    w.share_inside = share;
    return w;
}

TEST(UnitWarnings, TheEnglishSentenceOfEachKind) {
    UnitWarning overlaps{UnitWarningKind::overlaps_units};
    overlaps.count = 2;
    EXPECT_EQ(english_unit_warning(overlaps), "overlaps 2 other unit(s)");
    UnitWarning crosses{UnitWarningKind::crosses_streets};
    crosses.streets = {"500156001", "500156002"};
    EXPECT_EQ(english_unit_warning(crosses), "crosses a street boundary (500156001, 500156002)");
    EXPECT_EQ(english_unit_warning(cut("FS14", "油房沟小区", 0.99)), "cuts community FS14 油房沟小区 (99 % inside)");
    EXPECT_EQ(english_unit_warning(cut("C7", "Old Mill (North)", 0.4)), "cuts community C7 Old Mill (North) (40 % inside)");
    EXPECT_EQ(english_unit_warning(cut("FS03", "老街片区", 0.996)), "cuts community FS03 老街片区 (99.6 % inside)");
    UnitWarning outside{UnitWarningKind::outside_scope};
    outside.count = 255;
    EXPECT_EQ(english_unit_warning(outside), "takes in 255 building(s) outside the plan's scope rules");
    EXPECT_EQ(english_unit_warning(UnitWarning{UnitWarningKind::contains_heritage}), "contains heritage: repair, never demolish");
}

}  // namespace
}  // namespace renozone
