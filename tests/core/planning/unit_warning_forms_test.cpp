// The unit warnings are read back in the form the engine writes them, so the
// viewer and the QGIS plugin can say each one in their own language.
#include "core/planning/unit_warning_forms.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

void expect_read(const std::string& text, UnitWarningForm form, const std::vector<std::string>& values) {
    const auto read = read_unit_warning(text);
    ASSERT_TRUE(read) << text;
    EXPECT_EQ(read->form, form) << text;
    EXPECT_EQ(read->values, values) << text;
    EXPECT_EQ(english_unit_warning(*read), text);
}

TEST(UnitWarningForms, EveryFormIsReadBackWithItsValues) {
    expect_read("overlaps 2 other unit(s)", UnitWarningForm::overlaps_units, {"2"});
    expect_read("crosses a street boundary (500156001, 500156002)", UnitWarningForm::crosses_streets, {"500156001, 500156002"});
    expect_read("cuts community FS14 油房沟小区 (99 % inside)", UnitWarningForm::cuts_community, {"FS14", "油房沟小区", "99"});
    expect_read("cuts community C7 Old Mill (North) (40 % inside)", UnitWarningForm::cuts_community, {"C7", "Old Mill (North)", "40"});
    expect_read("takes in 255 building(s) outside the plan's scope rules", UnitWarningForm::outside_scope, {"255"});
    expect_read("contains heritage: repair, never demolish", UnitWarningForm::contains_heritage, {});
}

TEST(UnitWarningForms, WritesWhatTheCliPrints) {
    EXPECT_EQ(english_unit_warning({UnitWarningForm::cuts_community, {"FS03", "老街片区", "12"}}), "cuts community FS03 老街片区 (12 % inside)");
    EXPECT_EQ(english_unit_warning({UnitWarningForm::overlaps_units, {"1"}}), "overlaps 1 other unit(s)");
}

TEST(UnitWarningForms, OtherTextIsNoForm) {
    for (const std::string text : {"", "something new", "overlaps  other unit(s)", "crosses a street boundary ()", "cuts community FS14 (99 % inside)",
                                   "contains heritage: repair, never demolish!", "overlaps 2 other unit(s) and more"})
        EXPECT_FALSE(read_unit_warning(text)) << text;
}

}  // namespace
}  // namespace renozone
