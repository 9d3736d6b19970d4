// Every shell opens a district the same way; only the policy on features the
// engine cannot use differs, and it is said once: the CLI refuses them unless
// --keep-going, the viewer and the QGIS plugin show the data and list them.
#include "core/analysis/open_district.h"

#include "core/base/errors.h"
#include "fixture.h"
#include "small_district.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace renozone {
namespace {

using test::box;
using test::TempDir;
using test::write_layer;

// The small district with one building whose floors are no number.
InputSpec district_with_a_bad_feature(TempDir& dir) {
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    write_layer(dir.file("b.gpkg"), "GPKG", "buildings", 4545, wkbPolygon,
                {{"id", OFTString}, {"floors", OFTString}, {"built_year", OFTInteger}},
                {{{{"id", "X1"}, {"floors", "六"}, {"built_year", "1990"}}, box(476010, 3245010, 476020, 3245020)},
                 {{{"id", "X2"}, {"floors", "3"}, {"built_year", "1990"}}, box(476030, 3245010, 476040, 3245020)}});
    spec.sources["buildings"] = SourceSpec{dir.file("b.gpkg"), "", "", false, false};
    return spec;
}

TEST(OpenDistrict, RefusingStopsAtTheFirstFeatureErrorAndNamesIt) {
    TempDir dir;
    const InputSpec spec = district_with_a_bad_feature(dir);
    try {
        open_district(spec, OpenPolicy{});
        FAIL() << "opened";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("floors = '六' is not a number"), std::string::npos) << e.what();
    }
}

TEST(OpenDistrict, ShowingOpensTheDataWithTheBadValueMissingAndTheErrorListed) {
    TempDir dir;
    const auto district = open_district(district_with_a_bad_feature(dir), map_shell_policy());
    ASSERT_EQ(district->data().buildings.size(), 2u);
    EXPECT_FALSE(district->data().buildings[0].floors);
    EXPECT_EQ(*district->data().buildings[1].floors, 3);
    std::vector<std::string> errors;
    for (const auto& f : district->analysis().discrepancies.items)
        if (f.severity == Severity::error) errors.push_back(f.code + " " + f.feature_id);
    EXPECT_NE(std::find(errors.begin(), errors.end(), "not_a_number X1"), errors.end()) << ::testing::PrintToString(errors);
}

TEST(OpenDistrict, WhatCannotBeDrawnIsRefusedUnderEitherPolicy) {
    TempDir dir;
    auto spec = test::write_small_district(dir.file("d.gpkg"));
    spec.sources["buildings"] = SourceSpec{dir.file("missing.gpkg"), "", "", false, false};
    EXPECT_THROW(open_district(spec, map_shell_policy()), InputError);
    EXPECT_THROW(open_district(spec, OpenPolicy{}), InputError);
}

}  // namespace
}  // namespace renozone
