// The community panel says what a community's records could not give: floors,
// built years and households missing are counted in words, never shown as 0.
#include "community_panel.h"

#include "core/io/dataset_loader.h"
#include "fixture.h"
#include "small_district.h"

#include <gtest/gtest.h>

using namespace renozone;

TEST(CommunityPanelUnknowns, RecordsWithoutFloorsYearOrHouseholdsAreCounted) {
    renozone::test::TempDir dir;
    auto spec = renozone::test::write_small_district(dir.file("d.gpkg"));
    renozone::test::write_layer(dir.file("b.gpkg"), "GPKG", "buildings", 4545, wkbPolygon, {{"id", OFTString}},
                                {{{{"id", "X1"}}, renozone::test::box(476010, 3245010, 476020, 3245020)},
                                 {{{"id", "X2"}}, renozone::test::box(476030, 3245010, 476040, 3245020)}});
    spec.sources["buildings"] = SourceSpec{dir.file("b.gpkg"), "", "", false, false};
    const District district(load_dataset(spec));
    viewer::CommunityPanel panel;
    panel.show_community(district, 0);  // C1, planned: both buildings counted, their eligibility unknown
    const QString facts = panel.facts_text();
    EXPECT_TRUE(facts.contains(QStringLiteral("2 栋缺建成年份"))) << facts.toStdString();
    EXPECT_TRUE(facts.contains(QStringLiteral("2 栋缺层数"))) << facts.toStdString();
    EXPECT_TRUE(facts.contains(QStringLiteral("全部 2 栋中缺层数 2 栋"))) << facts.toStdString();
    panel.show_community(district, 1);  // C2: no building, nothing unknown to say
    EXPECT_FALSE(panel.facts_text().contains(QStringLiteral("缺"))) << panel.facts_text().toStdString();
}
