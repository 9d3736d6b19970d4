#include "core/base/table.h"
#include "core/base/text_utils.h"
#include "core/report/html_table.h"

#include <gtest/gtest.h>

#include <clocale>

namespace renozone {
namespace {

TEST(TextUtils, ExtensionsInAnyLetterCaseAfterAName) {
    EXPECT_TRUE(has_extension("地形图/MAP.DXF", ".dxf"));
    EXPECT_TRUE(has_extension("plan.xlsx", ".xlsx"));
    EXPECT_FALSE(has_extension("plan.xlsx", ".xls"));
    EXPECT_FALSE(has_extension(".dxf", ".dxf"));  // a hidden file's whole name, not a drawing
    EXPECT_FALSE(has_extension("dxf", ".dxf"));
}

TEST(TextUtils, ParsesNumbersAsSurveyTablesWriteThem) {
    EXPECT_EQ(*parse_leading_number("6"), 6);
    EXPECT_EQ(*parse_leading_number(" 6层"), 6);
    EXPECT_EQ(*parse_leading_number("1990年"), 1990);
    EXPECT_EQ(*parse_leading_number("１９９０"), 1990);
    EXPECT_DOUBLE_EQ(*parse_leading_number("1,234.5"), 1234.5);
    EXPECT_EQ(*parse_leading_number("-3"), -3);
    EXPECT_FALSE(parse_leading_number("六层"));
    EXPECT_FALSE(parse_leading_number(""));
    EXPECT_FALSE(parse_leading_number("1e400"));
    EXPECT_FALSE(parse_leading_number("1" + std::string(400, '0')));  // overflows to infinity
}

TEST(TextUtils, MessagesQuoteValuesAsOneLineOfValidText) {
    EXPECT_EQ(printable_utf8("凤山"), "凤山");
    EXPECT_EQ(printable_utf8("a\nb\xff"), "a\uFFFDb\uFFFD");
    EXPECT_EQ(printable_utf8(std::string("x\0y", 3)), "x\uFFFDy");
    EXPECT_EQ(abbreviate("油房沟小区", 3), "油房沟…");
    EXPECT_EQ(abbreviate("油房沟", 3), "油房沟");
    EXPECT_TRUE(is_valid_utf8(abbreviate("\xb7\xef\xc9\xbd", 2)));
}

TEST(TextUtils, ListsSplitAtChineseSeparatorsToo) {
    EXPECT_EQ(split_any("a,b，c", {",", "，"}), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(split_any("abc", {","}), std::vector<std::string>{"abc"});
    EXPECT_EQ(split_any("a,", {","}), (std::vector<std::string>{"a", ""}));
    EXPECT_EQ(list_items({"FS03， 油房沟小区", "加装电梯、供水管网"}),
              (std::vector<std::string>{"FS03", "油房沟小区", "加装电梯", "供水管网"}));
}

TEST(TextUtils, SpotsGbkReadAsLatin1) {
    EXPECT_TRUE(looks_like_latin1_mojibake("\u00b7\u00ef\u00c9\u00bd"));  // 凤山 in GBK, decoded as Latin-1
    EXPECT_FALSE(looks_like_latin1_mojibake("凤山"));
    EXPECT_FALSE(looks_like_latin1_mojibake("B00012"));
}

// Correct UTF-8 in Latin, Cyrillic and Vietnamese scripts is no mojibake; Chinese
// read as Latin-1 from GBK or from UTF-8 (double encoding) is.
TEST(TextUtils, RealPlaceNamesWithAccentsAreNoMojibake) {
    for (const char* name : {"Cathédrale Notre-Dame-Immaculée", "Besançon", "Kraków", "Schönbühl", "Hà Nội", "Đà Nẵng", "Москва",
                             "Ærøskøbing", "São Paulo", "Mühlöd", "Þórsmörk", "Curaçao", "Réunion", "Zürich Hauptbahnhof"})
        EXPECT_FALSE(looks_like_latin1_mojibake(name)) << name;
    // 小区 in GBK (D0 A1 C7 F8) and in UTF-8 (E5 B0 8F E5 8C BA), each byte read as a Latin-1 character.
    EXPECT_TRUE(looks_like_latin1_mojibake("\u00d0\u00a1\u00c7\u00f8"));
    EXPECT_TRUE(looks_like_latin1_mojibake("\u00e5\u00b0\u008f\u00e5\u008c\u00ba"));
    // 凤山小区 1 栋 in GBK read as Latin-1, digits and spaces between.
    EXPECT_TRUE(looks_like_latin1_mojibake("\u00b7\u00ef\u00c9\u00bd\u00d0\u00a1\u00c7\u00f8 1 \u00b6\u00b0"));
    // One Chinese character's worth is too little to call.
    EXPECT_FALSE(looks_like_latin1_mojibake("\u00d0\u00a1"));
}

TEST(TextUtils, DisplayWidthCountsChineseAsTwo) {
    EXPECT_EQ(display_width("abc"), 3);
    EXPECT_EQ(display_width("凤山街道"), 8);
    EXPECT_EQ(display_width("B12 油房沟"), 10);
}

TEST(TextUtils, Utf8Check) {
    EXPECT_TRUE(is_valid_utf8("凤山"));
    EXPECT_FALSE(is_valid_utf8("\xb7\xef\xc9\xbd"));  // 凤山 in GBK
}

TEST(TextUtils, NumbersIgnoreADecimalCommaLocale) {
    const char* set = std::setlocale(LC_ALL, "de_DE.UTF-8");
    if (!set) GTEST_SKIP() << "de_DE.UTF-8 locale not installed";
    EXPECT_EQ(format_number(1666500, 0), "1,666,500");
    EXPECT_EQ(format_number(1234.567, 2), "1,234.57");
    EXPECT_EQ(format_number(-0.004, 2), "0.00");
    EXPECT_EQ(*parse_leading_number("12.5"), 12.5);
    std::setlocale(LC_ALL, "C");
}

TEST(TextUtils, NumbersBeyondTheRangeOfAnIntegerAreWrittenInFull) {
    EXPECT_EQ(format_number(1e20, 0), "100,000,000,000,000,000,000");
    EXPECT_EQ(format_number(-1e20, 2, false), "-100000000000000000000.00");
    EXPECT_EQ(format_number(9007199254741.242, 3, false), "9007199254741.242");
    EXPECT_EQ(format_number(1e300, 3).size(), 301 + 100 + 4);
    EXPECT_EQ(format_number(9.5, 0), "10");
}

TEST(Table, AlignsChineseColumns) {
    Table t{{"name", "n"}, {false, true}, {{"凤山街道", "1"}, {"ab", "22"}}};
    EXPECT_EQ(render_text(t), "name       n\n--------  --\n凤山街道   1\nab        22\n");
    EXPECT_EQ(render_csv(Table{{"a", "b"}, {}, {{"x,y", "\"q\""}}}), "a,b\n\"x,y\",\"\"\"q\"\"\"\n");
    EXPECT_EQ(render_markdown(Table{{"a"}, {true}, {{"1|2"}}}), "| a |\n| ---: |\n| 1\\|2 |\n");
}

TEST(TextUtils, JoinsAListWithItsOwnLastSeparator) {
    EXPECT_EQ(join_list({}), "");
    EXPECT_EQ(join_list({"FS03"}, ", ", " and "), "FS03");
    EXPECT_EQ(join_list({"a", "b", "c"}), "a, b, c");
    EXPECT_EQ(join_list({"油房沟小区", "下油房沟小区"}, "、", " 或 "), "油房沟小区 或 下油房沟小区");
    EXPECT_EQ(join_list({"a", "b", "c"}, ", ", " or "), "a, b or c");
}

TEST(TextUtils, EscapesForXmlAndHtml) {
    EXPECT_EQ(escape_xml("<a href=\"x\">Tom & Jerry's</a>"), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    EXPECT_EQ(escape_xml("凤山街道"), "凤山街道");
}

TEST(HtmlTable, GroupsNumericColumnsAndRowClassesEscaped) {
    HtmlTable t;
    t.css_class = "x";
    t.groups = {{"", 1}, {"楼栋", 2}};
    t.headers = {"name", "n", "target"};
    t.numeric = {false, true, true};
    t.rows = {{"<b>", "1", "2"}};
    t.row_classes = {"community"};
    EXPECT_EQ(render_html(t),
              "<div class=\"table-wrap\"><table class=\"x\"><thead><tr class=\"group\"><th></th><th colspan=\"2\">楼栋</th></tr>"
              "<tr><th>name</th><th class=\"num\">n</th><th class=\"num\">target</th></tr></thead><tbody>"
              "<tr class=\"community\"><td>&lt;b&gt;</td><td class=\"num\">1</td><td class=\"num\">2</td></tr></tbody></table></div>");
}

}  // namespace
}  // namespace renozone
