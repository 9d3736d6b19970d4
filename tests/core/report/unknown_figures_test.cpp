// What the records could not give is said in both languages, and nothing is
// said when all is known.
#include "core/report/unknown_figures.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

TEST(UnknownFigures, SaidOnlyWhenThereAreAnyAndCountedInBothLanguages) {
    Figures f;
    EXPECT_FALSE(has_unknowns(f));
    EXPECT_EQ(unknowns_sentence(f, Lang::en), "");
    EXPECT_EQ(inventory_unknowns_sentence(f.inventory, Lang::zh), "");
    f.floors_unknown = 23336;
    EXPECT_TRUE(has_unknowns(f));
    EXPECT_EQ(unknowns_sentence(f, Lang::en),
              "unknown among the buildings counted: floors unknown for 23,336 buildings: lift eligibility and footprint × floors "
              "not computed for them");
    f.households_unknown = 1;
    EXPECT_EQ(unknowns_sentence(f, Lang::zh),
              "计入的楼栋中信息缺失：23,336 栋缺层数：未判断加装电梯条件，未计算基底×层数；1 栋缺户数：其户数与人口未计入");
    f.inventory = {75, 0, 0, 0, 0, 3, 75, 2};
    EXPECT_EQ(inventory_unknowns_sentence(f.inventory, Lang::en), "of the 75 buildings: floors unknown for 75, built year for 2, households for 3");
}

}  // namespace
}  // namespace renozone
