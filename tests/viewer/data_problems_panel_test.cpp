// The 数据问题 tab lists what the core found in the data, in the interface's
// language, and locates a building on the map from its row.
#include "window_fixture.h"

#include "data_problems_panel.h"
#include "display_names.h"
#include "identify_panel.h"
#include "translation_reset.h"
#include "translations.h"

#include "core/analysis/district.h"

#include <QApplication>
#include <QComboBox>

using namespace renozone;
using namespace renozone::viewer;
using renozone::viewer::test::remove_translations;
using renozone::viewer::test::WindowTest;

// Named, not anonymous: in a unity build a TEST_F deriving from an anonymous
// namespace's fixture is a -Wsubobject-linkage warning.
namespace data_problems_fixture {

class DataProblems : public WindowTest {
protected:
    int first_row(DataProblemsPanel& panel, const QString& starting) const {
        for (int r = 0; r < panel.row_count(); ++r)
            if (panel.cell_text(r, 3).startsWith(starting)) return r;
        return -1;
    }
};

}  // namespace data_problems_fixture
using namespace data_problems_fixture;

TEST_F(DataProblems, TheTabListsWhatTheCoreFoundInChinese) {
    DataProblemsPanel& panel = *window->data_problems_panel();
    const Findings& found = district().analysis().discrepancies;
    ASSERT_GT(found.count(Severity::warning), 0u);
    ASSERT_GT(found.repairs.size(), 0u);
    EXPECT_EQ(panel.summary(), QStringLiteral("%1 个错误，%2 个警告，%3 条提示，%4 处几何已修复")
                                   .arg(found.count(Severity::error))
                                   .arg(found.count(Severity::warning))
                                   .arg(found.count(Severity::info))
                                   .arg(found.repairs.size()));
    EXPECT_EQ(static_cast<std::size_t>(panel.row_count()), found.items.size() + found.repairs.size());

    auto* filter = panel.findChild<QComboBox*>("data_problems_filter");
    ASSERT_NE(filter, nullptr);
    filter->setCurrentIndex(2);  // warnings
    ASSERT_EQ(static_cast<std::size_t>(panel.row_count()), found.count(Severity::warning));
    for (int r = 0; r < panel.row_count(); ++r) EXPECT_EQ(panel.cell_text(r, 0), "警告");

    // The problem alone, its place in the layer and id columns.
    const int r = first_row(panel, "登记的建筑面积");
    ASSERT_GE(r, 0);
    EXPECT_EQ(panel.cell_text(r, 1), layer_title("buildings"));
    const QString id = panel.cell_text(r, 2);
    EXPECT_TRUE(id.startsWith('B')) << id.toStdString();
    EXPECT_FALSE(panel.cell_text(r, 3).contains(".gpkg"));

    filter->setCurrentIndex(4);  // repairs
    EXPECT_EQ(static_cast<std::size_t>(panel.row_count()), found.repairs.size());
    EXPECT_EQ(panel.cell_text(0, 0), "已修复");
    EXPECT_EQ(panel.cell_text(0, 2).toStdString(), found.repairs[0].feature_id);
}

TEST_F(DataProblems, ARowLocatesItsBuildingOnTheMap) {
    DataProblemsPanel& panel = *window->data_problems_panel();
    panel.findChild<QComboBox*>("data_problems_filter")->setCurrentIndex(2);
    const int r = first_row(panel, "登记的建筑面积");
    ASSERT_GE(r, 0);
    const QString id = panel.cell_text(r, 2);
    const MapRect before = canvas()->view().extent();
    panel.locate_row(r);
    settle();
    EXPECT_EQ(window->identify_panel()->value_text("id"), id);
    int b = -1;
    for (std::size_t i = 0; i < district().data().buildings.size(); ++i)
        if (district().data().buildings[i].id == id.toStdString()) b = static_cast<int>(i);
    ASSERT_GE(b, 0);
    const MapRect after = canvas()->view().extent();
    const auto& place = district().analysis().buildings[b].place;
    EXPECT_TRUE(after.contains(MapRect{place.x, place.y, place.x, place.y}));
    EXPECT_LT(after.width(), before.width() / 4);  // zoomed in to it
    EXPECT_FALSE(window->locate_feature("buildings", "no such id"));

    // A building without geometry is identified; the map stays where it is.
    int without_geometry = 0;
    for (const Finding& f : district().analysis().discrepancies.items) {
        if (f.code != "empty_geometry") continue;
        ++without_geometry;
        EXPECT_TRUE(window->locate_feature("buildings", QString::fromStdString(f.feature_id)));
        EXPECT_EQ(window->identify_panel()->value_text("id").toStdString(), f.feature_id);
        EXPECT_DOUBLE_EQ(canvas()->view().extent().width(), after.width());
    }
    EXPECT_GT(without_geometry, 0);  // the embedded data has one
}

TEST_F(DataProblems, AnEnglishInterfaceListsTheEnglishText) {
    ASSERT_TRUE(install_translations(*qApp, "en"));
    DataProblemsPanel& panel = *window->data_problems_panel();
    panel.show_district(district());
    panel.findChild<QComboBox*>("data_problems_filter")->setCurrentIndex(2);
    const int r = first_row(panel, "recorded floor area");
    remove_translations();
    ASSERT_GE(r, 0);
    EXPECT_EQ(panel.cell_text(r, 0), "Warning");
}
