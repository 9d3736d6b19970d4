#include "core/planning/max_cover.h"

namespace renozone {
namespace {

long long gain(const CoverProblem& p, int candidate, const std::vector<char>& covered) {
    long long g = 0;
    for (int item : p.covers[candidate])
        if (!covered[item]) g += p.weight[item];
    return g;
}

// Greedy restricted to `allowed` candidates, at most `k` picks.
std::vector<std::pair<int, long long>> greedy_among(const CoverProblem& p, const std::vector<int>& allowed, int k) {
    std::vector<char> covered(p.weight.size(), 0), used(p.covers.size(), 0);
    std::vector<std::pair<int, long long>> picks;
    while (static_cast<int>(picks.size()) < k) {
        int best = -1;
        long long best_gain = 0;
        for (int j : allowed) {
            if (used[j]) continue;
            const long long g = gain(p, j, covered);
            if (g > best_gain || (g == best_gain && g > 0 && j < best)) best = j, best_gain = g;
        }
        if (best < 0) break;
        used[best] = 1;
        for (int item : p.covers[best]) covered[item] = 1;
        picks.push_back({best, best_gain});
    }
    return picks;
}

}  // namespace

CoverSolution greedy_cover(const CoverProblem& problem) {
    std::vector<int> all(problem.covers.size());
    for (std::size_t j = 0; j < all.size(); ++j) all[j] = static_cast<int>(j);
    CoverSolution out;
    for (const auto& [j, g] : greedy_among(problem, all, problem.k)) out.chosen.push_back(j), out.covered += g;
    return out;
}

long long covered_weight(const CoverProblem& problem, const std::vector<int>& chosen) {
    std::vector<char> covered(problem.weight.size(), 0);
    long long total = 0;
    for (int j : chosen)
        for (int item : problem.covers[j])
            if (!covered[item]) covered[item] = 1, total += problem.weight[item];
    return total;
}

std::vector<std::pair<int, long long>> marginal_order(const CoverProblem& problem, const std::vector<int>& chosen) {
    auto picks = greedy_among(problem, chosen, static_cast<int>(chosen.size()));
    // Chosen sites adding nothing new still belong to the answer: list them last.
    for (int j : chosen) {
        bool listed = false;
        for (const auto& pick : picks) listed = listed || pick.first == j;
        if (!listed) picks.push_back({j, 0});
    }
    return picks;
}

}  // namespace renozone
