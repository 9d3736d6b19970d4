// The dock's figures carry group separators even where the default locale
// says to omit them (QGIS's own setting, and the C locale).
#include "figure_format.h"

#include <gtest/gtest.h>

#include <QLocale>

namespace renozone::plugin::test {
namespace {

class FigureFormat : public ::testing::Test {
protected:
    void TearDown() override { QLocale::setDefault(saved_); }
    QLocale saved_;
};

TEST_F(FigureFormat, GroupsDigitsWhenTheDefaultLocaleOmitsSeparators) {
    QLocale english(QLocale::English, QLocale::UnitedStates);
    english.setNumberOptions(QLocale::OmitGroupSeparator);
    QLocale::setDefault(english);
    EXPECT_EQ(format::count(3040000), QStringLiteral("3,040,000"));
    EXPECT_EQ(format::number(4640000.4), QStringLiteral("4,640,000"));
    EXPECT_EQ(format::number(1234.5, 1), QStringLiteral("1,234.5"));
    EXPECT_EQ(format::target(std::nullopt), QStringLiteral("–"));

    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(format::count(13072), QStringLiteral("13,072"));
}

TEST_F(FigureFormat, FollowsTheLocalesOwnSeparators) {
    QLocale german(QLocale::German, QLocale::Germany);
    german.setNumberOptions(QLocale::OmitGroupSeparator);
    QLocale::setDefault(german);
    EXPECT_EQ(format::count(3040000), QStringLiteral("3.040.000"));
}

}  // namespace
}  // namespace renozone::plugin::test
