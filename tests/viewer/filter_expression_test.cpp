#include "filter_expression.h"

#include <QVariantMap>

#include <gtest/gtest.h>

using renozone::viewer::ExpressionError;
using renozone::viewer::FilterExpression;

namespace {

bool matches(const QString& expression, const QVariantMap& values) {
    return FilterExpression::parse(expression).matches([&](const QString& f) { return values.value(f); });
}

QVariant value(const QString& expression, const QVariantMap& values = {}) {
    return FilterExpression::parse(expression).evaluate([&](const QString& f) { return values.value(f); });
}

}  // namespace

TEST(FilterExpression, BuildingRulesOfTheShippedStyle) {
    const QString d_grade = R"(coalesce("d_grade", false) AND NOT coalesce("heritage", false))";
    EXPECT_TRUE(matches(d_grade, {{"d_grade", true}, {"heritage", false}}));  // GeoPackage booleans
    EXPECT_FALSE(matches(d_grade, {{"d_grade", true}, {"heritage", true}}));
    EXPECT_TRUE(matches(d_grade, {{"d_grade", 1}, {"heritage", 0}}));  // 0/1 integers alike
    EXPECT_FALSE(matches(d_grade, {{"d_grade", 1}, {"heritage", 1}}));
    EXPECT_TRUE(matches(d_grade, {{"d_grade", true}}));  // NULL heritage counts as false through coalesce
    EXPECT_FALSE(matches(d_grade, {{"d_grade", QVariant()}}));
    EXPECT_FALSE(matches(d_grade, {{"d_grade", false}}));
}

// QGIS 3.22 compares a boolean with a number as text: "true" is not "1". The
// old building rules (coalesce("in_plan", 0) = 1) drew every building grey there.
TEST(FilterExpression, ABooleanIsNotTheNumberOneAsInQgis) {
    EXPECT_FALSE(matches(R"(coalesce("in_plan", 0) = 1)", {{"in_plan", true}}));
    EXPECT_FALSE(matches(R"("in_plan" = 1)", {{"in_plan", true}}));
    EXPECT_TRUE(matches(R"("in_plan" = TRUE)", {{"in_plan", true}}));
    EXPECT_TRUE(matches(R"("in_plan" = 1)", {{"in_plan", 1}}));
    EXPECT_TRUE(matches(R"("in_plan")", {{"in_plan", true}}));
    EXPECT_FALSE(matches(R"(NOT "in_plan")", {{"in_plan", true}}));
    EXPECT_TRUE(matches(R"(NOT "in_plan")", {{"in_plan", 0}}));
}

TEST(FilterExpression, NullFollowsThreeValuedLogic) {
    EXPECT_FALSE(matches(R"("x" = 1)", {}));
    EXPECT_FALSE(matches(R"(NOT ("x" = 1))", {}));  // NOT NULL is NULL, not true
    EXPECT_TRUE(matches(R"("x" = 1 OR TRUE)", {}));
    EXPECT_FALSE(matches(R"("x" = 1 AND TRUE)", {}));
    EXPECT_TRUE(matches(R"("x" IS NULL)", {}));
    EXPECT_TRUE(matches(R"("x" IS NOT NULL)", {{"x", 0}}));
}

TEST(FilterExpression, ComparesNumbersAsNumbersAndTextAsText) {
    EXPECT_TRUE(matches(R"("floors" >= 6)", {{"floors", "10"}}));  // "10" > "6" as text would fail
    EXPECT_TRUE(matches(R"("phase" = '实施')", {{"phase", "实施"}}));
    EXPECT_TRUE(matches(R"("phase" IN ('谋划', '储备'))", {{"phase", "储备"}}));
    EXPECT_TRUE(matches(R"("phase" NOT IN ('谋划', '储备'))", {{"phase", "实施"}}));
    EXPECT_TRUE(matches(R"("name" LIKE '%小区')", {{"name", "油房沟小区"}}));
    EXPECT_TRUE(matches(R"("name" ILIKE 'ab_')", {{"name", "ABC"}}));
    EXPECT_TRUE(matches(R"('it''s' = 'it''s')", {}));
}

TEST(FilterExpression, ArithmeticCaseAndFunctions) {
    EXPECT_DOUBLE_EQ(value("1 + 2 * 3").toDouble(), 7.0);
    EXPECT_DOUBLE_EQ(value("-(4 - 10) / 2").toDouble(), 3.0);
    EXPECT_TRUE(value("1 / 0").isNull());
    EXPECT_DOUBLE_EQ(value(R"(CASE WHEN "demonstration" = 1 THEN 0.9 ELSE 0.4 END)", {{"demonstration", 1}}).toDouble(), 0.9);
    EXPECT_DOUBLE_EQ(value(R"(CASE WHEN "demonstration" = 1 THEN 0.9 ELSE 0.4 END)", {}).toDouble(), 0.4);
    EXPECT_EQ(value(R"(upper('ab') || lower('CD'))").toString(), "ABcd");
    EXPECT_EQ(value(R"(length("name"))", {{"name", "武隆"}}).toInt(), 2);
}

TEST(FilterExpression, EmptyMatchesEverythingAndBadTextIsRefused) {
    EXPECT_TRUE(FilterExpression().matches({}));
    EXPECT_TRUE(FilterExpression::parse("  ").matches({}));
    EXPECT_THROW(FilterExpression::parse(R"("a" = )"), ExpressionError);
    EXPECT_THROW(FilterExpression::parse("'open"), ExpressionError);
    EXPECT_THROW(FilterExpression::parse("1 # 2"), ExpressionError);
    EXPECT_THROW(FilterExpression::parse("nosuch(1)").evaluate({}), ExpressionError);
}
