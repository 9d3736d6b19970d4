// Built years as the housing survey records them: periods with either end open.
#include "core/base/year_range.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

void expect_range(const char* text, std::optional<int> earliest, std::optional<int> latest) {
    const auto range = parse_year_range(text);
    ASSERT_TRUE(range) << text;
    EXPECT_EQ(range->earliest, earliest) << text;
    EXPECT_EQ(range->latest, latest) << text;
}

TEST(YearRange, ReadsTheSurveysPeriods) {
    expect_range("1981-1990年", 1981, 1990);
    expect_range("1981年-1990年", 1981, 1990);
    expect_range("１９９１～２０００年", 1991, 2000);  // full-width digits and tilde
    expect_range("1991至2000", 1991, 2000);
    expect_range("1991 to 2000", 1991, 2000);
    expect_range("1980年以前", std::nullopt, 1980);
    expect_range("1980年前", std::nullopt, 1980);
    expect_range("before 1980", std::nullopt, 1980);
    expect_range("2011年以后", 2011, std::nullopt);
    expect_range("after 2010", 2010, std::nullopt);
    expect_range("1999年前后", std::nullopt, std::nullopt);  // about a year: no bound either way
    EXPECT_EQ(parse_year_range("1999年前后")->text(), "?");
    EXPECT_EQ(parse_year_range("1981-1990年")->text(), "1981-1990");
    EXPECT_EQ(parse_year_range("1980年以前")->text(), "-1980");
    for (const char* text : {"1981-1990年", "1980年以前", "2011年以后", "1999年前后"})  // text() reads back as itself
        EXPECT_EQ(parse_year_range(parse_year_range(text)->text())->text(), parse_year_range(text)->text()) << text;
}

TEST(YearRange, ASingleYearOrNonsenseIsNoPeriod) {
    for (const char* text : {"1988", "1988年", "", "unknown", "1990-1981", "19811-1990", "1981-1990-2000", "88-90"})
        EXPECT_FALSE(parse_year_range(text)) << text;
}

}  // namespace
}  // namespace renozone
