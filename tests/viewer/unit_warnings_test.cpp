// The engine's unit warnings and the export messages in the viewer's language:
// Chinese by default, English through the translation.
#include "core/planning/unit_evaluation.h"
#include "core/planning/unit_geometry.h"
#include "core/vocabulary/unit_warning_text.h"
#include "embedded_session.h"
#include "error_text.h"
#include "map_export.h"
#include "translation_reset.h"
#include "translations.h"

#include <QApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace renozone;
using namespace renozone::viewer;

using renozone::viewer::test::remove_translations;

namespace {

bool starts_in_chinese(const QString& text) { return !text.isEmpty() && text[0] >= QChar(0x4e00) && text[0] <= QChar(0x9fff); }

}  // namespace

TEST(UnitWarnings, AreSaidInTheInterfaceLanguage) {
    remove_translations();
    // Across both streets, cutting communities, with heritage and buildings outside the scope rules.
    const District& district = test::embedded_session().district();
    const UnitShape unit = unit_from_wkt(district, "POLYGON((474400 3245000,476000 3245000,476000 3246000,474400 3246000,474400 3245000))", "");
    const std::vector<UnitWarning> warnings = evaluate_unit(district, unit.geom.get()).warnings;
    ASSERT_GE(warnings.size(), 4u);
    EXPECT_EQ(interface_lang(), Lang::zh);
    for (const auto& w : warnings) EXPECT_TRUE(starts_in_chinese(QString::fromStdString(unit_warning_text(w, interface_lang()))));

    ASSERT_TRUE(install_translations(*qApp, "en"));
    EXPECT_EQ(interface_lang(), Lang::en);
    for (const auto& w : warnings) EXPECT_EQ(unit_warning_text(w, interface_lang()), english_unit_warning(w));
    remove_translations();
}

TEST(UnitWarnings, ExportMessagesFollowTheLanguage) {
    remove_translations();
    ExportRequest empty;
    empty.path = "map.png";
    EXPECT_EQ(export_map(empty), "地图为空，没有可导出的内容");
    ASSERT_TRUE(install_translations(*qApp, "en"));
    EXPECT_EQ(export_map(empty), "nothing to export: the map is empty");
    remove_translations();
}
