#include "core/planning/site_selection.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/planning/max_cover.h"

#include <algorithm>
#include <map>

namespace renozone {
namespace {

struct Demand {
    std::vector<int> buildings;  // per item: building index
    std::vector<int> item_of;    // per building: item index, -1 when covered already or no demand
};

Demand uncovered_demand(const District& district, const std::vector<char>& covered) {
    Demand d;
    d.item_of.assign(district.data().buildings.size(), -1);
    for (int b : demand_buildings(district)) {
        if (covered[b]) continue;
        d.item_of[b] = static_cast<int>(d.buildings.size());
        d.buildings.push_back(b);
    }
    return d;
}

SuggestedSite describe(const District& district, const CoverProblem& problem, const Demand& demand,
                       const std::vector<Candidate>& candidates, int j, long long marginal, std::vector<char>& taken) {
    const auto& tags = district.analysis().buildings;
    SuggestedSite site;
    site.candidate = j;
    site.id = candidates[j].id;
    site.point = candidates[j].point;
    site.marginal_households = marginal;
    std::map<int, long long> by_community;
    for (int item : problem.covers[j]) {
        site.reach_households += problem.weight[item];
        if (taken[item]) continue;
        taken[item] = 1;
        site.marginal_buildings += 1;
        by_community[tags[demand.buildings[item]].place.community] += problem.weight[item];
    }
    site.communities.assign(by_community.begin(), by_community.end());
    std::stable_sort(site.communities.begin(), site.communities.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return site;
}

}  // namespace

SiteSelection suggest_sites(const SiteChecker& checker, const std::string& type, const std::vector<Candidate>& candidates,
                            const SiteSelectionOptions& options, const ProgressFn& progress) {
    if (options.count < 1) throw UsageError(slot(Control::site_count) + " must be at least 1");
    const District& district = checker.district();
    const auto& tags = district.analysis().buildings;
    SiteSelection out;
    out.type = type;
    out.rule = checker.rules().rule(type);
    const bool network = options.use_network && !checker.network().empty();
    out.distance_method = network ? "network" : "euclidean";
    out.method = options.exact ? "exact" : "greedy";
    out.count = options.count;
    out.candidates = candidates.size();
    for (const auto& f : district.data().facilities) out.existing_facilities += f.type == type && f.geom;

    const auto covered = covered_by_existing(checker, type, network);
    for (int b : demand_buildings(district)) {
        out.households += tags[b].households;
        if (covered[b]) out.existing_covered_households += tags[b].households;
    }
    const Demand demand = uncovered_demand(district, covered);
    CoverProblem problem;
    problem.k = options.count;
    for (int b : demand.buildings) problem.weight.push_back(tags[b].households);
    problem.covers.resize(candidates.size());
    std::vector<int> reached;
    for (std::size_t j = 0; j < candidates.size(); ++j) {
        checker.households_within(candidates[j].point, out.rule.radius_m.value, network, &reached);
        auto& items = problem.covers[j];
        for (int b : reached)
            if (demand.item_of[b] >= 0) items.push_back(demand.item_of[b]);
        std::sort(items.begin(), items.end());
        out.useful_candidates += !items.empty();
        if (progress && ((j + 1) % 1024 == 0 || j + 1 == candidates.size()))
            progress(Stage::measuring_candidate_reach, static_cast<long long>(j + 1), static_cast<long long>(candidates.size()));
    }

    const CoverSolution greedy = greedy_cover(problem);
    CoverSolution chosen = greedy;
    if (options.exact) {
        chosen = exact_cover(problem, greedy.chosen, options.time_limit_s);
        if (chosen.covered < greedy.covered) chosen = greedy;  // a time-limited search never does worse than its seed
        out.greedy_new_covered_households = greedy.covered;
        out.gap_households = chosen.covered - greedy.covered;
        out.gap_percent = chosen.covered > 0 ? 100.0 * double(*out.gap_households) / double(chosen.covered) : 0.0;
        out.proven_optimal = chosen.optimal;
        out.bound_gap_percent = chosen.bound_gap_percent;
    }
    std::vector<char> taken(problem.weight.size(), 0);
    for (const auto& [j, marginal] : marginal_order(problem, chosen.chosen)) {
        out.sites.push_back(describe(district, problem, demand, candidates, j, marginal, taken));
        out.new_covered_households += marginal;
    }
    out.covered_households = out.existing_covered_households + out.new_covered_households;
    return out;
}

}  // namespace renozone
