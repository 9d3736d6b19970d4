// A value the planner typed is named by the field of the form, in the
// interface's language, never by a command-line option.
#include "core/vocabulary/error_words.h"

#include "core/planning/project_store.h"
#include "core/planning/unit_evaluation.h"
#include "core/vocabulary/field_titles.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

TEST(ErrorWords, AValueTypedInAFormIsNamedByItsField) {
    try {
        parse_funding_split("中央=0.5,居民=0.4");
        FAIL() << "accepted";
    } catch (const UsageError& e) {
        EXPECT_EQ(error_message(e, Lang::zh), "资金分担：各方比例合计为 0.900，应为 1（100 %）");
        EXPECT_EQ(error_message(e, Lang::en), "Funding shares: shares add up to 0.900, not 1");
    }
    UnitAttributes bad;
    bad.year = 1800;
    try {
        check_unit_attributes(bad);
        FAIL() << "accepted";
    } catch (const UsageError& e) {
        EXPECT_EQ(e.input(), Input::year);
        EXPECT_EQ(error_message(e, Lang::zh), "年度：1800 不是规划年度");
    }
}

TEST(ErrorWords, EveryInputHasATitleInBothLanguages) {
    for (int i = static_cast<int>(Input::none) + 1; i <= static_cast<int>(Input::ledger_scope); ++i) {
        const Input input = static_cast<Input>(i);
        EXPECT_TRUE(has_field_title(input_key(input))) << input_key(input);
        EXPECT_NE(input_title(input, Lang::zh), input_title(input, Lang::en)) << input_key(input);
    }
}

TEST(ErrorWords, OtherErrorsAreSaidAsTheyAre) {
    const InputError said_both("a.gpkg", {"no such file", "文件不存在"});
    EXPECT_EQ(error_message(said_both, Lang::zh), "a.gpkg：文件不存在");
    EXPECT_EQ(error_message(said_both, Lang::en), "a.gpkg: no such file");
    EXPECT_EQ(error_message(InputError("x: not said in Chinese yet"), Lang::zh), "x: not said in Chinese yet");
}

}  // namespace
}  // namespace renozone
