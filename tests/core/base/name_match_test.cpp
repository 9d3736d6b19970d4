#include "core/base/name_match.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

TEST(NameMatch, KeyFoldsFullWidthAndDropsSpaces) {
    EXPECT_EQ(name_key("油房沟 小区"), "油房沟小区");
    EXPECT_EQ(name_key("ＦＳ０３\t"), "FS03");
    EXPECT_EQ(name_key("下油房沟小区"), "下油房沟小区");
}

// A register may write 凤山路 for 凤山路小区, or a full-width space inside a name.
TEST(NameMatch, LooseKeyLeavesOffTheSuffixAndTheIdeographicSpace) {
    EXPECT_EQ(name_key("下油房沟\u3000小区"), "下油房沟小区");
    EXPECT_EQ(loose_name_key("凤山路小区"), "凤山路");
    EXPECT_EQ(loose_name_key("老街片区"), "老街");
    EXPECT_EQ(loose_name_key(" 凤山路 "), "凤山路");
    EXPECT_EQ(loose_name_key("小区"), "小区");  // the suffix alone is the name
}

TEST(NameMatch, EditDistanceCountsCharactersNotBytes) {
    EXPECT_EQ(edit_distance("油房沟小区", "油坊沟小区"), 1u);
    EXPECT_EQ(edit_distance("油房沟", "油房沟小区"), 2u);
    EXPECT_EQ(edit_distance("reprot", "report"), 1u);  // two neighbours swapped: one edit
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(edit_distance("", "幼儿园"), 3u);
    EXPECT_EQ(edit_distance("幼儿园", "幼儿园"), 0u);
}

TEST(NameMatch, NearestAreTyposAndNamesHoldingTheText) {
    const std::vector<std::vector<std::string>> communities = {
        {"下油房沟小区", "FS03"}, {"油房沟小区", "FS14"}, {"老街片区", "FS10"}, {"电力小区", "FS13"}};
    EXPECT_EQ(nearest_names("油坊沟小区", communities), std::vector<std::size_t>{1});  // one edit beats two
    EXPECT_EQ(nearest_names("油房沟", communities), std::vector<std::size_t>{1});
    EXPECT_EQ(nearest_names("油坊沟", communities), std::vector<std::size_t>{1});  // a typo, without 小区
    EXPECT_EQ(nearest_names("老街片", communities), std::vector<std::size_t>{2});
    EXPECT_EQ(nearest_names("老街", communities), std::vector<std::size_t>{2});  // inside 老街片区
    EXPECT_EQ(nearest_names("fs１３", communities), std::vector<std::size_t>{3});  // any spelling, case and width aside
    EXPECT_TRUE(nearest_names("XX99", communities).empty());  // four edits from every id
    EXPECT_TRUE(nearest_names("", communities).empty());
    EXPECT_TRUE(nearest_names("ab", {{"tag"}}).empty());  // as many edits as typed characters is no typo
    EXPECT_EQ(nearest_names("小区", communities), std::vector<std::size_t>{3});  // only the nearest: 电力小区
    EXPECT_EQ(nearest_names("ab", {{"abc"}, {"abd"}, {"abe"}}, 2), (std::vector<std::size_t>{0, 1}));  // at most `limit`
}

TEST(NameMatch, DidYouMeanInBothLanguages) {
    Problem p{"no such thing 'x'", "没有 'x'"};
    add_did_you_mean(p, {});
    EXPECT_EQ(p.en, "no such thing 'x'");
    add_did_you_mean(p, {"A (1)", "B (2)", "C (3)"});
    EXPECT_EQ(p.en, "no such thing 'x'; did you mean A (1), B (2) or C (3)?");
    EXPECT_EQ(p.zh, "没有 'x'；是否指 A (1)、B (2) 或 C (3)？");
}

}  // namespace
}  // namespace renozone
