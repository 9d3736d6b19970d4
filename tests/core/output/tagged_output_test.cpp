#include "core/analysis/analysis.h"
#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "core/output/tagged_output.h"
#include "fixture.h"
#include "small_district.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace renozone {
namespace {

class TaggedOutput : public ::testing::Test {
protected:
    void SetUp() override {
        spec = test::write_small_district(dir.file("district.gpkg"));
        ds = load_dataset(spec);
        a = analyse(ds);
    }
    test::TempDir dir;
    InputSpec spec;
    Dataset ds;
    Analysis a;
};

TEST_F(TaggedOutput, WritesEveryLayerAndStyles) {
    const std::string out = dir.file("tagged.gpkg");
    write_tagged_geopackage(out, ds, a, spec, {false, "test notice"});
    GDALDatasetUniquePtr gpkg(GDALDataset::Open(out.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(gpkg);
    EXPECT_EQ(gpkg->GetLayerByName("communities")->GetFeatureCount(), 3);
    EXPECT_EQ(gpkg->GetLayerByName("buildings")->GetFeatureCount(), 10);
    EXPECT_EQ(gpkg->GetLayerByName("coverage")->GetFeatureCount(), 1 + 1 + 3);
    EXPECT_EQ(gpkg->GetLayerByName("repairs")->GetFeatureCount(), 1);
    EXPECT_GT(gpkg->GetLayerByName("discrepancies")->GetFeatureCount(), 5);
    EXPECT_EQ(gpkg->GetLayerByName("streets")->GetFeatureCount(), 1);
    EXPECT_STREQ(gpkg->GetMetadataItem("DATA_NOTICE"), "test notice");
    OGRLayer* styles = gpkg->GetLayerByName("layer_styles");
    ASSERT_NE(styles, nullptr);
    styles->SetAttributeFilter("f_table_name = 'buildings' AND f_geometry_column = 'geom' AND f_table_schema = ''");
    EXPECT_EQ(styles->GetFeatureCount(), 1);
    OGRLayer* buildings = gpkg->GetLayerByName("buildings");
    buildings->SetAttributeFilter("in_plan = 1");
    EXPECT_EQ(buildings->GetFeatureCount(), 5);

    // Each discrepancy in both languages, its place first in both.
    OGRLayer* discrepancies = gpkg->GetLayerByName("discrepancies");
    long long rows = 0;
    for (auto& row : *discrepancies) {
        ++rows;
        const std::string en = row->GetFieldAsString("message"), zh = row->GetFieldAsString("message_zh");
        const auto same = std::mismatch(en.begin(), en.end(), zh.begin(), zh.end()).first - en.begin();
        const std::string layer = std::string("layer '") + row->GetFieldAsString("layer") + "'";
        EXPECT_NE(en.substr(0, static_cast<std::size_t>(same)).find(layer), std::string::npos) << en << "\n" << zh;
        EXPECT_LT(static_cast<std::size_t>(same), zh.size()) << zh;  // and then says it in Chinese
    }
    EXPECT_EQ(rows, static_cast<long long>(a.discrepancies.items.size()));
}

TEST_F(TaggedOutput, ReadBackAsInputGivesTheSameFigures) {
    const std::string out = dir.file("tagged.gpkg");
    write_tagged_geopackage(out, ds, a, spec, {});
    const Dataset again = load_dataset(inputs_from_single_source(out));
    const Analysis b = analyse(again);
    const Figures& before = a.coverage.district.figures;
    const Figures& after = b.coverage.district.figures;
    EXPECT_EQ(after.buildings, before.buildings);
    EXPECT_DOUBLE_EQ(after.floor_area_m2, before.floor_area_m2);
    EXPECT_EQ(after.households, before.households);
    EXPECT_EQ(after.lifts, before.lifts);
    EXPECT_DOUBLE_EQ(after.lift_subsidy_cny, before.lift_subsidy_cny);
}

TEST_F(TaggedOutput, RefusesToOverwriteAndLeavesNothingBehind) {
    const std::string out = dir.file("tagged.gpkg");
    write_tagged_geopackage(out, ds, a, spec, {});
    const auto size = std::filesystem::file_size(out);
    EXPECT_THROW(write_tagged_geopackage(out, ds, a, spec, {}), OutputError);
    EXPECT_EQ(std::filesystem::file_size(out), size);
    write_tagged_geopackage(out, ds, a, spec, {true, ""});
    EXPECT_EQ(dir.entries(), 2);  // district.gpkg and tagged.gpkg: no temporary left
}

// What the QGIS plugin's cancel button does: the progress report throws.
TEST_F(TaggedOutput, AWriteStoppedByItsProgressLeavesTheEarlierFileAndNoTemporary) {
    const std::string out = dir.file("tagged.gpkg");
    write_tagged_geopackage(out, ds, a, spec, {false, "earlier"});
    const auto size = std::filesystem::file_size(out);
    struct Stop {};
    int reports = 0;
    const auto stop = [&](const ProgressStage&, long long, long long) {
        ++reports;
        throw Stop{};
    };
    EXPECT_THROW(write_tagged_geopackage(out, ds, a, spec, {true, "later"}, stop), Stop);
    EXPECT_EQ(reports, 1);
    EXPECT_EQ(std::filesystem::file_size(out), size);
    EXPECT_EQ(test::data_notice_of(out), "earlier");
    EXPECT_EQ(dir.entries(), 2);  // district.gpkg and tagged.gpkg
}

TEST_F(TaggedOutput, UnwritableFolderIsAnOutputError) {
    EXPECT_THROW(write_tagged_geopackage(dir.file("no/such/folder/x.gpkg"), ds, a, spec, {}), OutputError);
    EXPECT_FALSE(std::filesystem::exists(dir.file("no")));
}

}  // namespace
}  // namespace renozone
