#include "spatial_index.h"

#include <gtest/gtest.h>

#include <random>

using namespace renozone::viewer;

TEST(SpatialIndex, FindsExactlyWhatABruteForceScanFinds) {
    std::mt19937 random(42);
    std::uniform_real_distribution<double> where(0, 10000), size(1, 40);
    std::vector<MapRect> boxes;
    for (int i = 0; i < 20000; ++i) {
        const double x = where(random), y = where(random);
        boxes.push_back({x, y, x + size(random), y + size(random)});
    }
    const SpatialIndex index(boxes);
    EXPECT_EQ(index.size(), boxes.size());
    for (int q = 0; q < 200; ++q) {
        const double x = where(random), y = where(random), w = size(random) * (q % 10 == 0 ? 100 : 5);
        const MapRect area{x, y, x + w, y + w};
        std::vector<int> expected;
        for (int i = 0; i < static_cast<int>(boxes.size()); ++i)
            if (area.intersects(boxes[i])) expected.push_back(i);
        EXPECT_EQ(index.query(area), expected) << "query " << q;
    }
    EXPECT_EQ(index.query({-1e9, -1e9, 1e9, 1e9}).size(), boxes.size());
    EXPECT_TRUE(index.query({-100, -100, -50, -50}).empty());
}

TEST(SpatialIndex, EmptyAndSingleItem) {
    EXPECT_TRUE(SpatialIndex().query({0, 0, 1, 1}).empty());
    const SpatialIndex one(std::vector<MapRect>{{5, 5, 6, 6}});
    EXPECT_EQ(one.query({0, 0, 5.5, 5.5}), std::vector<int>{0});
}
