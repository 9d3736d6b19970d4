#include "core/base/atomic_file.h"
#include "core/base/errors.h"
#include "core/io/gpkg_fields.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace renozone {
namespace {

TEST(GpkgFields, FailedChangeIsRolledBack) {
    test::TempDir dir;
    AtomicFile file(dir.file("p.gpkg"), false);
    GDALDatasetUniquePtr ds = create_geopackage(file.temp_path(), dir.file("p.gpkg"));
    OGRLayer* layer = create_layer(*ds, "units", nullptr, wkbNone, {{"name", OFTString}}, "test");
    in_transaction(*ds, [&] {
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("name", "kept");
        insert_feature(*layer, f);
    });
    EXPECT_THROW(in_transaction(*ds, [&] {
                     OGRFeature f(layer->GetLayerDefn());
                     f.SetField("name", "half a change");
                     insert_feature(*layer, f);
                     throw std::runtime_error("killed here");
                 }),
                 std::runtime_error);
    EXPECT_EQ(layer->GetFeatureCount(TRUE), 1);
}

TEST(GpkgFields, TemporaryNameDoesNotPassForTheOutput) {
    test::TempDir dir;
    AtomicFile file(dir.file("out.gpkg"), false);
    const std::filesystem::path temp(file.temp_path());
    EXPECT_EQ(temp.parent_path(), std::filesystem::path(dir.path()));
    EXPECT_TRUE(temp.filename().string().starts_with(".out.gpkg.partial-"));
    EXPECT_NE(temp.extension(), ".gpkg");
}

TEST(GpkgFields, LeftoversOfDeadRunsAreRemoved) {
    test::TempDir dir;
    const std::string dead = dir.file(".out.gpkg.partial-999999999");  // above any pid_max
    const std::string other = dir.file(".other.gpkg.partial-999999999");
    for (const auto& path : {dead, dead + "-journal", other}) std::ofstream(path) << "half";
    { AtomicFile file(dir.file("out.gpkg"), false); }
    EXPECT_FALSE(std::filesystem::exists(dead));
    EXPECT_FALSE(std::filesystem::exists(dead + "-journal"));
    EXPECT_TRUE(std::filesystem::exists(other));  // another output's: not ours to touch
}

}  // namespace
}  // namespace renozone
