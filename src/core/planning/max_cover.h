// The maximal covering location problem on its own, free of geometry: pick at
// most k candidates so that the weight of the demand items they cover is
// largest. Greedy (a 1 − 1/e approximation) and exact (GLPK branch and bound).
#pragma once

#include <optional>
#include <vector>

namespace renozone {

struct CoverProblem {
    std::vector<long long> weight;            // per demand item
    std::vector<std::vector<int>> covers;     // per candidate: the demand items it reaches, sorted
    int k = 1;
};

struct CoverSolution {
    std::vector<int> chosen;  // candidate indexes, in the order they were picked
    long long covered = 0;    // weight covered
    bool optimal = false;     // proven optimal (exact)
    std::optional<double> bound_gap_percent;  // exact, stopped by the time limit: incumbent to bound
};

// Repeatedly the candidate adding most weight (ties: the lower index); stops
// early when no candidate adds any.
CoverSolution greedy_cover(const CoverProblem& problem);

// Weight covered by a set of candidates.
long long covered_weight(const CoverProblem& problem, const std::vector<int>& chosen);

// The chosen candidates reordered so that each adds most given those before
// it, and what each adds.
std::vector<std::pair<int, long long>> marginal_order(const CoverProblem& problem, const std::vector<int>& chosen);

// Integer programme: max Σ w_i y_i, y_i ≤ Σ_{j covers i} x_j, Σ x_j ≤ k, x binary.
// `start` (e.g. the greedy answer) seeds the search. Throws Error when GLPK fails.
CoverSolution exact_cover(const CoverProblem& problem, const std::vector<int>& start, double time_limit_s);

}  // namespace renozone
