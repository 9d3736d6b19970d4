#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "core/planning/site_candidates.h"
#include "facility_district.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <memory>

namespace renozone {
namespace {

class GridCandidates : public ::testing::Test {
protected:
    void SetUp() override {
        test::write_facility_rules(dir.file("rules.json"));
        district = std::make_unique<District>(load_dataset(test::write_facility_district(dir.file("district.gpkg"))));
        rules = load_site_rules(dir.file("rules.json"));
    }
    double distance(const GEOSGeometry* a, const GEOSGeometry* b) const {
        double d = 0;
        GEOSDistance_r(district->ctx(), a, b, &d);
        return d;
    }
    test::TempDir dir;
    std::unique_ptr<District> district;
    SiteRules rules;
};

// The street (-50,-50)-(700,500) at 10 m: 75 × 55 cell centres. The river
// (y 430–470) with its 30 m buffer takes the 10 rows from y 405; the heritage
// area (100,250)-(160,330) 6 × 8 = 48 points; building footprints 29 (B1 4,
// B2 2, B3 4, B4 4, B5 6, B6 4 on its bow-tie's edges, B9 1, B10 4).
TEST_F(GridCandidates, CountWorkedOutByHand) {
    EXPECT_EQ(grid_candidates(*district, rules, 10).size(), 75u * 45u - 48u - 29u);
}

TEST_F(GridCandidates, NeverOnBuildingsHeritageOrNearTheRiver) {
    const auto candidates = grid_candidates(*district, rules, 10);
    GEOSContextHandle_t c = district->ctx();
    const Dataset& data = district->data();
    for (const auto& candidate : candidates) {
        GeomPtr p = own(c, GEOSGeom_createPointFromXY_r(c, candidate.point.x, candidate.point.y));
        for (const auto& b : data.buildings)
            if (b.geom) ASSERT_GT(distance(p.get(), b.geom.get()), 0) << candidate.id << " on building " << b.id;
        for (const auto& h : data.heritage) ASSERT_GT(distance(p.get(), h.geom.get()), 0) << candidate.id << " in heritage";
        for (const auto& r : data.river) ASSERT_GT(distance(p.get(), r.geom.get()), 30) << candidate.id << " by the river";
        ASSERT_EQ(GEOSIntersects_r(c, data.streets[0].geom.get(), p.get()), 1) << candidate.id << " outside the street";
    }
}

TEST_F(GridCandidates, OpenPointIsACandidate) {
    bool found = false;
    for (const auto& candidate : grid_candidates(*district, rules, 10))
        found = found || (candidate.point.x == test::fixture_x + 105 && candidate.point.y == test::fixture_y + 105);
    EXPECT_TRUE(found);
}

TEST_F(GridCandidates, SpacingMustBeSensible) {
    EXPECT_THROW(grid_candidates(*district, rules, 0), UsageError);
    EXPECT_THROW(grid_candidates(*district, rules, 0.01), UsageError);
}

}  // namespace
}  // namespace renozone
