#include "core/geometry/assignment.h"
#include "core/io/dataset_loader.h"
#include "core/io/embedded_data.h"
#include "fixture.h"
#include "small_district.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace renozone {
namespace {

// The placement rule written as plainly as possible, one building at a time,
// with GEOS answering every question: what the fast paths must reproduce.
std::vector<Placement> reference_placements(const Dataset& ds) {
    GEOSContextHandle_t ctx = ds.geos->get();
    std::vector<PreparedPtr> prepared;
    for (const auto& c : ds.communities) prepared.push_back(c.geom ? prepare(ctx, c.geom.get()) : PreparedPtr(nullptr, {ctx}));
    std::vector<Placement> places(ds.buildings.size());
    for (std::size_t i = 0; i < ds.buildings.size(); ++i) {
        const GEOSGeometry* b = ds.buildings[i].geom.get();
        Placement& p = places[i];
        if (!b) continue;
        GEOSArea_r(ctx, b, &p.footprint_m2);
        GeomPtr point = own(ctx, GEOSPointOnSurface_r(ctx, b));
        std::vector<int> inside;
        for (std::size_t c = 0; c < prepared.size(); ++c)
            if (prepared[c] && GEOSPreparedContains_r(ctx, prepared[c].get(), point.get()) == 1) inside.push_back(int(c));
        if (inside.empty())
            for (std::size_t c = 0; c < prepared.size(); ++c)
                if (prepared[c] && GEOSPreparedIntersects_r(ctx, prepared[c].get(), point.get()) == 1) {
                    inside.push_back(int(c));
                    break;
                }
        p.containing = static_cast<int>(inside.size());
        if (inside.empty()) continue;
        p.community = inside.front();
        if (GEOSPreparedContainsProperly_r(ctx, prepared[p.community].get(), b) == 1 || p.footprint_m2 <= 0) {
            p.share_inside = 1.0;
        } else {
            GeomPtr part = own(ctx, GEOSIntersection_r(ctx, ds.communities[p.community].geom.get(), b));
            double area = 0;
            GEOSArea_r(ctx, part.get(), &area);
            p.share_inside = std::min(1.0, area / p.footprint_m2);
        }
    }
    return places;
}

void expect_same(const std::vector<Placement>& a, const std::vector<Placement>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].community, b[i].community) << i;
        EXPECT_EQ(a[i].containing, b[i].containing) << i;
        EXPECT_EQ(a[i].footprint_m2, b[i].footprint_m2) << i;
        // A straddler's share is measured in doubles from the two boundaries, not by GEOS's overlay: equal to 1e-9.
        EXPECT_NEAR(a[i].share_inside, b[i].share_inside, 1e-9) << i;
    }
}

void expect_reference_answers(const Dataset& ds) {
    const auto reference = reference_placements(ds);
    expect_same(reference, place_buildings(ds, {}, Parallelism{1, 0, true}));
    expect_same(reference, place_buildings(ds, {}, Parallelism{3, 0, true}));
}

TEST(Assignment, EmbeddedDataPlacedAsByPlainGeos) {
    const Dataset ds = load_dataset(inputs_from_single_source(embedded_dataset_path()));
    const auto places = place_buildings(ds);
    // The data has straddlers and buildings outside every community: both roads are taken.
    EXPECT_TRUE(std::any_of(places.begin(), places.end(), [](const Placement& p) { return p.share_inside < 1.0 && p.community >= 0; }));
    EXPECT_TRUE(std::any_of(places.begin(), places.end(), [](const Placement& p) { return p.community < 0; }));
    expect_reference_answers(ds);
}

TEST(Assignment, SmallDistrictPlacedAsByPlainGeos) {
    test::TempDir dir;
    expect_reference_answers(load_dataset(test::write_small_district(dir.file("d.gpkg"))));
}

// Overlapping communities: the point lies in both, the first one gets it,
// and no fast path may claim it for the one whose interior holds it whole.
TEST(Assignment, OverlappingCommunitiesCountBoth) {
    test::TempDir dir;
    const std::string gpkg = dir.file("o.gpkg");
    auto spec = test::write_small_district(gpkg);
    const double x = 476000, y = 3245000;
    test::write_layer(dir.file("c.gpkg"), "GPKG", "communities", 4545, wkbPolygon,
                      {{"id", OFTString}, {"name", OFTString}},
                      {{{{"id", "BIG"}, {"name", "大"}}, test::box(x, y, x + 400, y + 400)},
                       {{{"id", "SMALL"}, {"name", "小"}}, test::box(x + 5, y + 5, x + 100, y + 100)}});
    spec.sources["communities"] = SourceSpec{dir.file("c.gpkg"), "", "", false, false};
    const Dataset ds = load_dataset(spec);
    const auto places = place_buildings(ds);
    EXPECT_EQ(places[0].community, 0);   // B1 lies in both: the first wins
    EXPECT_EQ(places[0].containing, 2);
    expect_reference_answers(ds);
}

}  // namespace
}  // namespace renozone
