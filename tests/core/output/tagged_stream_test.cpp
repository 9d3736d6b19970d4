#include "core/analysis/analysis.h"
#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "core/output/tagged_stream.h"
#include "fixture.h"
#include "small_district.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <string>
#include <vector>

namespace renozone {
namespace {

std::vector<unsigned char> wkb_of(const OGRGeometry* g) {
    if (!g) return {};
    std::vector<unsigned char> out(static_cast<std::size_t>(g->WkbSize()));
    g->exportToWkb(wkbNDR, out.data(), wkbVariantIso);
    return out;
}

// Two GeoPackages hold the same layers in the same order, the same rows with
// the same values and geometries, and the same metadata.
void expect_same_geopackage(const std::string& a_path, const std::string& b_path) {
    GDALDatasetUniquePtr a(GDALDataset::Open(a_path.c_str(), GDAL_OF_VECTOR));
    GDALDatasetUniquePtr b(GDALDataset::Open(b_path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->GetLayerCount(), b->GetLayerCount());
    for (int l = 0; l < a->GetLayerCount(); ++l) {
        OGRLayer* x = a->GetLayer(l);
        OGRLayer* y = b->GetLayer(l);
        SCOPED_TRACE(x->GetName());
        ASSERT_STREQ(x->GetName(), y->GetName());
        ASSERT_EQ(x->GetFeatureCount(), y->GetFeatureCount());
        ASSERT_EQ(x->GetLayerDefn()->GetFieldCount(), y->GetLayerDefn()->GetFieldCount());
        x->ResetReading();
        y->ResetReading();
        for (;;) {
            OGRFeatureUniquePtr f(x->GetNextFeature());
            OGRFeatureUniquePtr g(y->GetNextFeature());
            ASSERT_EQ(!f, !g);
            if (!f) break;
            EXPECT_EQ(f->GetFID(), g->GetFID());
            for (int i = 0; i < f->GetFieldCount(); ++i) {
                EXPECT_EQ(f->IsFieldSetAndNotNull(i), g->IsFieldSetAndNotNull(i)) << f->GetFieldDefnRef(i)->GetNameRef();
                EXPECT_STREQ(f->GetFieldAsString(i), g->GetFieldAsString(i)) << f->GetFieldDefnRef(i)->GetNameRef();
            }
            EXPECT_EQ(wkb_of(f->GetGeometryRef()), wkb_of(g->GetGeometryRef())) << "feature " << f->GetFID();
        }
    }
    const CPLStringList x_meta(CSLDuplicate(a->GetMetadata()));
    const CPLStringList y_meta(CSLDuplicate(b->GetMetadata()));
    ASSERT_EQ(x_meta.size(), y_meta.size());
    for (int i = 0; i < x_meta.size(); ++i) EXPECT_STREQ(x_meta[i], y_meta[i]);
}

// The tag job streams the buildings into the file as it reads them; the file
// is the one written from a whole load, however the reading is split.
void expect_streamed_as_whole(const InputSpec& spec, const test::TempDir& dir) {
    const Dataset ds = load_dataset(spec);
    const std::string whole = dir.file("whole.gpkg");
    write_tagged_geopackage(whole, ds, analyse(ds), spec, {false, ""});
    for (const bool arrow : {false, true})
        for (const int threads : {1, 3})
            for (const std::size_t batch : {std::size_t(0), std::size_t(7)}) {
                SCOPED_TRACE("arrow " + std::to_string(arrow) + ", threads " + std::to_string(threads) + ", batch " +
                             std::to_string(batch));
                const std::string streamed = dir.file("streamed.gpkg");
                const Summary summary = stream_tagged_geopackage(
                    streamed, spec, {FeatureErrors::show, Parallelism{threads, batch, arrow}}, {true, ""});
                EXPECT_TRUE(summary.dataset.buildings.empty());
                expect_same_geopackage(whole, streamed);
            }
}

TEST(TaggedStream, TheSmallDistrictIsWrittenAsFromAWholeLoad) {
    test::TempDir dir;
    expect_streamed_as_whole(test::write_small_district(dir.file("district.gpkg")), dir);
}

TEST(TaggedStream, TheEmbeddedDistrictIsWrittenAsFromAWholeLoad) {
    test::TempDir dir;
    expect_streamed_as_whole(inputs_from_single_source(embedded_dataset_path()), dir);
}

// A refused error is found only once every building has been read and
// written: the file written so far goes, and an older one stays.
TEST(TaggedStream, ARefusedErrorLeavesTheEarlierFileAndNoTemporary) {
    test::TempDir dir;
    InputSpec spec = test::write_small_district(dir.file("district.gpkg"));
    const std::string out = dir.file("tagged.gpkg");
    stream_tagged_geopackage(out, spec, {FeatureErrors::show}, {false, "earlier"});
    const auto size = std::filesystem::file_size(out);
    test::write_layer(dir.file("bad.gpkg"), "GPKG", "buildings", 4545, wkbPolygon, {{"id", OFTString}, {"floors", OFTString}},
                      {{{{"id", "X1"}, {"floors", "7"}}, test::box(476010, 3245010, 476020, 3245020)},
                       {{{"id", "X2"}, {"floors", "seven"}}, test::box(476030, 3245010, 476040, 3245020)}});
    spec.sources["buildings"] = SourceSpec{dir.file("bad.gpkg"), "", "", false, false};
    try {
        stream_tagged_geopackage(out, spec, {FeatureErrors::refuse}, {true, "later"});
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("bad.gpkg: layer 'buildings': feature 2 (id X2)"), std::string::npos) << e.what();
    }
    EXPECT_EQ(std::filesystem::file_size(out), size);
    EXPECT_EQ(test::data_notice_of(out), "earlier");
    EXPECT_EQ(dir.entries(), 3);  // district.gpkg, bad.gpkg and tagged.gpkg: no temporary left
}

}  // namespace
}  // namespace renozone
