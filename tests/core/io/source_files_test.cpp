#include "core/io/source.h"
#include "fixture.h"
#include "small_district.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

long long count_features(OpenLayer& layer) {
    long long n = 0;
    layer.read_features([&](OGRFeature&) { ++n; });
    return n;
}

// One file for every layer (--data): opened once, and its layers read in any
// order, one inside another, as they would be from files of their own.
TEST(SourceFiles, LayersOfOneFileShareItAndReadAsApart) {
    test::TempDir dir;
    InputSpec spec = test::write_small_district(dir.file("district.gpkg"));
    SourceFiles files(spec.encoding);
    EXPECT_EQ(files.open(spec.sources["communities"].path).get(), files.open(spec.sources["buildings"].path).get());

    auto communities = open_kind(spec, "communities", &files);
    auto buildings = open_kind(spec, "buildings", &files);
    auto apart_communities = open_kind(spec, "communities");
    auto apart_buildings = open_kind(spec, "buildings");
    const long long community_count = count_features(*apart_communities);
    const long long building_count = count_features(*apart_buildings);
    ASSERT_GT(community_count, 0);
    ASSERT_GT(building_count, community_count);
    long long inner = 0, outer = 0;
    communities->read_features([&](OGRFeature&) {
        if (outer++ == 0) inner = count_features(*buildings);
    });
    EXPECT_EQ(outer, community_count);
    EXPECT_EQ(inner, building_count);
    EXPECT_EQ(count_features(*buildings), building_count);

    // An optional layer the file does not hold is no layer, as before.
    spec.sources["roads"] = spec.sources["communities"];
    spec.sources["roads"].layer = "";
    spec.sources["roads"].optional = true;
    EXPECT_EQ(open_kind(spec, "roads", &files), nullptr);
}

}  // namespace
}  // namespace renozone
