// The engine's warnings about a unit reach a Chinese QGIS in Chinese: the
// plugin's language follows its translation, and the words are the core's.
#include "core/vocabulary/unit_warning_text.h"
#include "engine_text.h"
#include "translation.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

namespace renozone::plugin::test {
namespace {

TEST(UnitWarnings, AreSaidInTheLanguageOfQgis) {
    UnitWarning cut{UnitWarningKind::cuts_community};
    cut.community_id = "FS14";
    cut.community_name = "油房沟小区";
    cut.share_inside = 0.99;
    EXPECT_EQ(interface_lang(), Lang::en);
    EXPECT_EQ(qs(unit_warning_text(cut, interface_lang())), QStringLiteral("cuts community FS14 油房沟小区 (99 % inside)"));

    auto translator = install_translator(QStringLiteral("zh-Hans"), QStringLiteral(RENOZONE_QM_DIR));
    ASSERT_NE(translator, nullptr);
    EXPECT_EQ(interface_lang(), Lang::zh);
    EXPECT_EQ(qs(unit_warning_text(cut, interface_lang())), QStringLiteral("切分小区 FS14 油房沟小区（99% 在单元内）"));
    QCoreApplication::removeTranslator(translator.get());
    EXPECT_EQ(interface_lang(), Lang::en);
}

}  // namespace
}  // namespace renozone::plugin::test
