// The engine's warnings about a unit reach a Chinese QGIS in Chinese: every
// form evaluate_unit writes is recognised (taken from the CLI, so a change of
// wording in the engine shows here), and an unknown one is shown unchanged.
#include "cli_runner.h"
#include "translation.h"
#include "unit_warnings.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

namespace renozone::plugin::test {
namespace {

bool starts_in_chinese(const QString& text) { return !text.isEmpty() && text[0] >= QChar(0x4e00) && text[0] <= QChar(0x9fff); }

TEST(UnitWarnings, EveryFormOfTheEngineIsSaidInChinese) {
    // Across both streets, cutting communities, with heritage and buildings outside the scope rules.
    const auto unit = run_cli_json({"unit", "--wkt", "POLYGON((474400 3245000,476000 3245000,476000 3246000,474400 3246000,474400 3245000))",
                                    "--format", "json"});
    std::vector<std::string> warnings = unit["warnings"].get<std::vector<std::string>>();
    ASSERT_GE(warnings.size(), 4u);
    warnings.push_back("overlaps 2 other unit(s)");  // needs a project with units: the engine's form

    auto translator = install_translator(QStringLiteral("zh-Hans"), QStringLiteral(RENOZONE_QM_DIR));
    ASSERT_NE(translator, nullptr);
    for (const std::string& w : warnings) {
        const QString said = unit_warning_text(w);
        EXPECT_TRUE(starts_in_chinese(said)) << w << " -> " << said.toStdString();
    }
    EXPECT_EQ(unit_warning_text("cuts community FS14 油房沟小区 (99 % inside)"), QStringLiteral("切分小区 FS14 油房沟小区（99% 在单元内）"));
    EXPECT_EQ(unit_warning_text("something new"), QStringLiteral("something new"));
    QCoreApplication::removeTranslator(translator.get());

    EXPECT_EQ(unit_warning_text("overlaps 2 other unit(s)"), QStringLiteral("overlaps 2 other unit(s)"));
}

}  // namespace
}  // namespace renozone::plugin::test
