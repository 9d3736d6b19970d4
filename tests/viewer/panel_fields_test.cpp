// What the side panels show a planner: coded values with the core's names,
// the funding table's labels, and numeric fields that a scrolling wheel
// passes over unless they have the focus.
#include "window_fixture.h"
#include "widget_driver.h"

#include "funding_table.h"
#include "identify_panel.h"
#include "site_panel.h"
#include "translation_reset.h"
#include "translations.h"
#include "unit_panel.h"
#include "unit_sketch.h"
#include "value_labels.h"

#include "geos_conversion.h"

#include <QApplication>
#include <functional>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace renozone;
using namespace renozone::viewer;
using renozone::viewer::test::remove_translations;
using renozone::viewer::test::turn_wheel;
using renozone::viewer::test::WindowTest;

// Named, not anonymous: in a unity build a TEST_F deriving from an anonymous
// namespace's fixture is a -Wsubobject-linkage warning.
namespace panel_fields_fixture {

class PanelFields : public WindowTest {};

int first_building(const District& district, const std::function<bool(int)>& wanted) {
    for (std::size_t b = 0; b < district.data().buildings.size(); ++b)
        if (district.data().buildings[b].geom && wanted(static_cast<int>(b))) return static_cast<int>(b);
    return -1;
}

}  // namespace panel_fields_fixture
using namespace panel_fields_fixture;

TEST(ValueLabels, CodedValuesGetTheCoresNameWithTheRawValueBeside) {
    remove_translations();
    EXPECT_EQ(value_label("use", "residential"), "住宅 (residential)");
    EXPECT_EQ(value_label("use", "mixed"), "商住 (mixed)");
    EXPECT_EQ(value_label("type", "kindergarten"), "幼儿园 (kindergarten)");
    // Flags as the viewer's layers hold them today (0/1) and as QGIS reads the GeoPackage (true/false).
    EXPECT_EQ(value_label("in_plan", 1), "是 (1)");
    EXPECT_EQ(value_label("in_plan", 0), "否 (0)");
    EXPECT_EQ(value_label("d_grade", true), "是 (true)");
    EXPECT_EQ(value_label("heritage", false), "否 (false)");
    // Counts are not flags; a phase already in Chinese needs no label; unknown codes stay raw.
    EXPECT_EQ(value_label("households", 1), "");
    EXPECT_EQ(value_label("phase", "实施"), "");
    EXPECT_EQ(value_label("use", "spaceport"), "");
    EXPECT_EQ(value_label("in_plan", QVariant()), "");

    ASSERT_TRUE(install_translations(*qApp, "en"));
    EXPECT_EQ(value_label("use", "residential"), "");  // the English name is the raw value: shown once, as it is
    EXPECT_EQ(value_label("use", "mixed"), "mixed use (mixed)");
    EXPECT_EQ(value_label("in_plan", 1), "yes (1)");
    EXPECT_EQ(value_label("phase", "实施"), "implement (实施)");
    remove_translations();
}

TEST_F(PanelFields, IdentifyShowsTheUseAndFlagsByName) {
    remove_translations();
    const District& d = district();
    const int b = first_building(d, [&](int i) { return d.data().buildings[i].use == Use::residential && d.analysis().buildings[i].in_plan; });
    ASSERT_GE(b, 0);
    window->identify_at(label_anchor(d.ctx(), d.data().buildings[b].geom.get()), 0.01);
    ASSERT_EQ(window->identify_panel()->value_text("id"), QString::fromStdString(d.data().buildings[b].id));
    EXPECT_EQ(window->identify_panel()->value_text("use"), "住宅 (residential)");
    EXPECT_TRUE(window->identify_panel()->value_text("in_plan").startsWith("是 ("));  // 1, or true once flags are booleans
    EXPECT_TRUE(window->identify_panel()->value_text("heritage").startsWith("否")) << window->identify_panel()->value_text("heritage").toStdString();
}

TEST_F(PanelFields, TheFundingTableNamesTheFourSharesInTheInterfacesLanguage) {
    remove_translations();
    auto* table = window->unit_panel()->funding_table()->findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 5);
    EXPECT_EQ(table->item(0, 0)->text(), "中央");
    EXPECT_EQ(table->item(1, 0)->text(), "市级");
    EXPECT_EQ(table->item(2, 0)->text(), "区级");
    EXPECT_EQ(table->item(3, 0)->text(), "居民");
    EXPECT_EQ(table->item(4, 0)->text(), "合计");
    ASSERT_TRUE(install_translations(*qApp, "en"));
    UnitSketch sketch;
    UnitPanel english(&sketch);
    auto* english_table = english.funding_table()->findChild<QTableWidget*>();
    EXPECT_EQ(english_table->item(0, 0)->text(), "central");
    EXPECT_EQ(english_table->item(3, 0)->text(), "residents");
    EXPECT_EQ(english_table->item(4, 0)->text(), "Sum");
    remove_translations();
}

// Scrolling the panel over a field must not change it; once clicked into, the wheel steps it.
TEST_F(PanelFields, NumericFieldsIgnoreTheWheelUnlessFocused) {
    window->activate_tool(ToolKind::draw_unit);
    settle();
    const auto spin_boxes = window->unit_panel()->findChildren<QAbstractSpinBox*>();
    const auto combos = window->site_panel()->findChildren<QComboBox*>();
    ASSERT_FALSE(spin_boxes.isEmpty());
    ASSERT_FALSE(combos.isEmpty());
    for (QAbstractSpinBox* box : spin_boxes) EXPECT_EQ(box->focusPolicy(), Qt::StrongFocus) << box->objectName().toStdString();
    for (QComboBox* combo : combos) EXPECT_EQ(combo->focusPolicy(), Qt::StrongFocus);

    auto* cost = window->unit_panel()->findChild<QDoubleSpinBox*>("unit_pipeline_cost");
    ASSERT_NE(cost, nullptr);
    cost->setValue(2000000);
    window->canvas()->setFocus();
    ASSERT_FALSE(cost->hasFocus());
    turn_wheel(cost, cost->rect().center(), -7);
    EXPECT_EQ(cost->value(), 2000000);

    QComboBox* type = combos.front();
    type->setCurrentIndex(0);
    turn_wheel(type, type->rect().center(), -2);
    EXPECT_EQ(type->currentIndex(), 0);

    window->activateWindow();
    static_cast<void>(QTest::qWaitForWindowActive(window.get()));
    cost->setFocus();
    if (cost->hasFocus()) {  // the offscreen platform gives focus to an active window only
        turn_wheel(cost, cost->rect().center(), -1);
        EXPECT_EQ(cost->value(), 2000000 - cost->singleStep());
    }
}
