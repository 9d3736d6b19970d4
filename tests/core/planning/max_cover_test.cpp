#include "core/planning/max_cover.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace renozone {
namespace {

// Items A=0 (5), B=1 (5), C=2 (4), D=3 (4); S0 = {A, B}, S1 = {A, C}, S2 = {B, D}.
// Greedy takes S0 (10), then S1 (adds 4): 14. The optimum S1 + S2 covers 18.
CoverProblem greedy_trap(int k) { return CoverProblem{{5, 5, 4, 4}, {{0, 1}, {0, 2}, {1, 3}}, k}; }

std::vector<int> sorted(std::vector<int> v) {
    std::sort(v.begin(), v.end());
    return v;
}

TEST(MaxCover, GreedyFallsIntoTheTrap) {
    const auto g = greedy_cover(greedy_trap(2));
    EXPECT_EQ(g.chosen, (std::vector<int>{0, 1}));
    EXPECT_EQ(g.covered, 14);
}

TEST(MaxCover, ExactFindsTheOptimumFromTheGreedyStart) {
    const auto problem = greedy_trap(2);
    const auto e = exact_cover(problem, greedy_cover(problem).chosen, 10);
    EXPECT_TRUE(e.optimal);
    EXPECT_EQ(sorted(e.chosen), (std::vector<int>{1, 2}));
    EXPECT_EQ(e.covered, 18);
    EXPECT_EQ(covered_weight(problem, e.chosen), 18);
}

TEST(MaxCover, OneSiteGreedyIsOptimal) {
    const auto problem = greedy_trap(1);
    EXPECT_EQ(greedy_cover(problem).covered, 10);
    EXPECT_EQ(exact_cover(problem, {}, 10).covered, 10);
}

TEST(MaxCover, GreedyStopsWhenNothingMoreIsCovered) {
    const CoverProblem problem{{3, 2}, {{0}, {0}, {1}, {}}, 4};
    const auto g = greedy_cover(problem);
    EXPECT_EQ(g.chosen, (std::vector<int>{0, 2}));
    EXPECT_EQ(g.covered, 5);
}

TEST(MaxCover, DominatedAndDuplicateCandidatesDoNotChangeTheOptimum) {
    // S3 duplicates S1, S4 ⊂ S2, S5 is empty; the optimum stays S1 + S2.
    CoverProblem problem{{5, 5, 4, 4}, {{0, 1}, {0, 2}, {1, 3}, {0, 2}, {3}, {}}, 2};
    const auto e = exact_cover(problem, greedy_cover(problem).chosen, 10);
    EXPECT_EQ(e.covered, 18);
    EXPECT_EQ(sorted(e.chosen), (std::vector<int>{1, 2}));
}

TEST(MaxCover, MoreSitesThanUsefulCandidates) {
    const auto e = exact_cover(greedy_trap(5), {}, 10);
    EXPECT_TRUE(e.optimal);
    EXPECT_EQ(e.covered, 18);
}

TEST(MaxCover, MarginalOrderPutsTheLargestAdditionFirst) {
    const auto order = marginal_order(greedy_trap(2), {2, 1});
    ASSERT_EQ(order.size(), 2u);
    EXPECT_EQ(order[0], (std::pair<int, long long>{1, 9}));  // ties go to the lower index
    EXPECT_EQ(order[1], (std::pair<int, long long>{2, 9}));
}

}  // namespace
}  // namespace renozone
