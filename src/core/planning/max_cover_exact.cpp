// The exact maximal covering solve with GLPK. Before the integer programme is
// built the instance is reduced without changing its optimum: a candidate
// whose items are a subset of another's is dropped (swapping it for the other
// never loses weight), and demand items reached by the same candidates are
// merged into one row.
#include "core/planning/max_cover.h"

#include "core/base/errors.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace renozone {
namespace {

struct Reduced {
    std::vector<int> kept;          // original candidate index per column
    std::vector<int> dominator;     // per original candidate: itself when kept, else one that dominates it
    std::vector<long long> weight;  // per group of items
    std::vector<std::vector<int>> group_coverers;  // per group: columns
};

Reduced reduce(const CoverProblem& p) {
    const int n = static_cast<int>(p.covers.size());
    std::vector<std::vector<int>> coverers(p.weight.size());
    for (int j = 0; j < n; ++j)
        for (int item : p.covers[j]) coverers[item].push_back(j);
    Reduced r;
    r.dominator.assign(n, -1);
    for (int j = 0; j < n; ++j) {
        const auto& mine = p.covers[j];
        if (mine.empty()) continue;
        int rarest = mine.front();
        for (int item : mine)
            if (coverers[item].size() < coverers[rarest].size()) rarest = item;
        r.dominator[j] = j;
        for (int i : coverers[rarest]) {
            if (i == j) continue;
            const auto& theirs = p.covers[i];
            if ((theirs.size() > mine.size() || i < j) && std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end())) {
                r.dominator[j] = i;
                break;
            }
        }
    }
    std::vector<int> column(n, -1);
    for (int j = 0; j < n; ++j)
        if (r.dominator[j] == j) column[j] = static_cast<int>(r.kept.size()), r.kept.push_back(j);
    for (int j = 0; j < n; ++j)  // follow chains to a kept candidate
        for (int steps = 0; r.dominator[j] >= 0 && column[r.dominator[j]] < 0 && steps < n; ++steps) r.dominator[j] = r.dominator[r.dominator[j]];
    std::map<std::vector<int>, int> groups;
    for (std::size_t item = 0; item < p.weight.size(); ++item) {
        std::vector<int> columns;
        for (int j : coverers[item])
            if (column[j] >= 0) columns.push_back(column[j]);
        if (columns.empty()) continue;
        auto [it, added] = groups.emplace(columns, static_cast<int>(r.weight.size()));
        if (added) r.weight.push_back(0), r.group_coverers.push_back(columns);
        r.weight[it->second] += p.weight[item];
    }
    return r;
}

struct Search {
    std::vector<double> start;  // 1-based column values
    bool offered = false;
    std::optional<double> gap;
};

void on_event(glp_tree* tree, void* info) {
    auto* s = static_cast<Search*>(info);
    if (glp_ios_reason(tree) == GLP_IHEUR && !s->offered) {
        s->offered = true;
        glp_ios_heur_sol(tree, s->start.data());
    }
    if (glp_ios_best_node(tree) != 0) s->gap = glp_ios_mip_gap(tree);
}

struct ProblemDeleter {
    void operator()(glp_prob* p) const { glp_delete_prob(p); }
};

}  // namespace

CoverSolution exact_cover(const CoverProblem& problem, const std::vector<int>& start, double time_limit_s) {
    const Reduced r = reduce(problem);
    CoverSolution out;
    if (static_cast<int>(r.kept.size()) <= problem.k) {
        out.chosen = r.kept;
        out.covered = covered_weight(problem, out.chosen);
        out.optimal = true;
        return out;
    }
    const int n = static_cast<int>(r.kept.size()), m = static_cast<int>(r.weight.size());
    glp_term_out(GLP_OFF);
    std::unique_ptr<glp_prob, ProblemDeleter> lp(glp_create_prob());
    glp_set_obj_dir(lp.get(), GLP_MAX);
    glp_add_cols(lp.get(), n + m);
    for (int j = 1; j <= n; ++j) glp_set_col_kind(lp.get(), j, GLP_BV);
    for (int g = 0; g < m; ++g) {
        glp_set_col_bnds(lp.get(), n + 1 + g, GLP_DB, 0.0, 1.0);
        glp_set_obj_coef(lp.get(), n + 1 + g, double(r.weight[g]));
    }
    glp_add_rows(lp.get(), m + 1);
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    auto entry = [&](int row, int col, double v) { ia.push_back(row), ja.push_back(col), ar.push_back(v); };
    for (int g = 0; g < m; ++g) {  // y_g − Σ x_j ≤ 0
        glp_set_row_bnds(lp.get(), g + 1, GLP_UP, 0.0, 0.0);
        entry(g + 1, n + 1 + g, 1.0);
        for (int j : r.group_coverers[g]) entry(g + 1, j + 1, -1.0);
    }
    glp_set_row_bnds(lp.get(), m + 1, GLP_UP, 0.0, double(problem.k));  // Σ x_j ≤ k
    for (int j = 1; j <= n; ++j) entry(m + 1, j, 1.0);
    glp_load_matrix(lp.get(), static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());

    const int time_limit_ms = static_cast<int>(std::min(std::max(time_limit_s, 0.001) * 1000.0, 2.0e9));
    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    simplex.tm_lim = time_limit_ms;
    if (glp_simplex(lp.get(), &simplex) != 0 || glp_get_status(lp.get()) != GLP_OPT)
        throw Error(ErrorKind::internal, "GLPK could not solve the linear relaxation of the covering problem");

    Search search;
    search.start.assign(n + m + 1, 0.0);
    std::vector<int> column(problem.covers.size(), -1);
    for (int j = 0; j < n; ++j) column[r.kept[j]] = j;
    for (int j : start)
        if (j >= 0 && j < static_cast<int>(column.size()) && r.dominator[j] >= 0) search.start[1 + column[r.dominator[j]]] = 1.0;
    for (int g = 0; g < m; ++g)
        for (int j : r.group_coverers[g])
            if (search.start[1 + j] > 0.5) search.start[n + 1 + g] = 1.0;

    glp_iocp iocp;
    glp_init_iocp(&iocp);
    iocp.msg_lev = GLP_MSG_OFF;
    iocp.tm_lim = time_limit_ms;
    iocp.cb_func = on_event;
    iocp.cb_info = &search;
    const int rc = glp_intopt(lp.get(), &iocp);
    const int status = glp_mip_status(lp.get());
    if (rc == GLP_ETMLIM && status != GLP_OPT && status != GLP_FEAS) {  // out of time before any solution: the start stands
        out.chosen = start;
        out.covered = covered_weight(problem, start);
        return out;
    }
    if ((rc != 0 && rc != GLP_ETMLIM) || (status != GLP_OPT && status != GLP_FEAS))
        throw Error(ErrorKind::internal, "GLPK could not solve the covering problem (code " + std::to_string(rc) + ")");
    for (int j = 0; j < n; ++j)
        if (glp_mip_col_val(lp.get(), j + 1) > 0.5) out.chosen.push_back(r.kept[j]);
    out.covered = covered_weight(problem, out.chosen);
    out.optimal = rc == 0 && status == GLP_OPT;
    if (!out.optimal && search.gap) out.bound_gap_percent = 100.0 * *search.gap;
    return out;
}

}  // namespace renozone
