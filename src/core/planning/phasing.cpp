#include "core/planning/phasing.h"

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <tuple>

namespace renozone {
namespace {

int year_key(const std::optional<int>& year) { return year.value_or(INT_MAX); }

int phase_rank(const std::string& phase) {
    static const std::vector<std::string> order = {"实施", "谋划", "储备"};
    const auto it = std::find(order.begin(), order.end(), phase);
    return static_cast<int>(it - order.begin());
}

bool before(const PhasingItem& a, const PhasingItem& b) {
    const auto ka = std::make_tuple(year_key(a.year), phase_rank(a.phase), a.kind != "unit");
    const auto kb = std::make_tuple(year_key(b.year), phase_rank(b.phase), b.kind != "unit");
    return ka < kb;
}

// Units claim their buildings in id order; the planned communities keep the rest.
std::vector<PhasingItem> items_of(const District& district, const std::vector<StoredUnit>& units,
                                  std::vector<std::set<int>>& parts, long long& overlapping) {
    const auto& data = district.data();
    const auto& tags = district.analysis().buildings;
    std::vector<int> owner(data.buildings.size(), -1);
    std::vector<PhasingItem> items;
    for (const auto& unit : units) {
        if (!unit.geom) continue;
        const int index = static_cast<int>(items.size());
        PhasingItem item{"unit", std::to_string(unit.id), unit.attributes.name, unit.attributes.phase, unit.attributes.year, {}};
        for (int b : evaluate_unit(district, unit.geom.get()).buildings) {
            if (owner[b] >= 0) {
                overlapping += tags[b].in_plan ? 1 : 0;
                continue;
            }
            owner[b] = index;
            item.figures.add_building(data.buildings[b], tags[b]);
            if (tags[b].in_plan) parts[tags[b].place.community].insert(index);
        }
        items.push_back(std::move(item));
    }
    std::vector<Figures> rest(data.communities.size());
    for (std::size_t b = 0; b < data.buildings.size(); ++b)
        if (owner[b] < 0 && tags[b].in_plan) rest[tags[b].place.community].add_building(data.buildings[b], tags[b]);
    for (std::size_t c = 0; c < data.communities.size(); ++c) {
        const auto& t = district.analysis().communities[c];
        if (!t.planned || (rest[c].buildings == 0 && !parts[c].empty())) continue;
        parts[c].insert(static_cast<int>(items.size()));
        items.push_back({"community", data.communities[c].id, data.communities[c].name, t.phase, t.year, rest[c]});
    }
    return items;
}

void count_completed_communities(std::vector<PhasingItem>& items, const std::vector<std::set<int>>& parts) {
    for (const auto& community_parts : parts) {
        if (community_parts.empty()) continue;
        const int last = *std::max_element(community_parts.begin(), community_parts.end(), [&](int a, int b) {
            return year_key(items[a].year) < year_key(items[b].year);
        });
        ++items[last].figures.communities;
    }
}

std::vector<PhasingYear> years_of(const District& district, const std::vector<PhasingItem>& items) {
    std::optional<int> first, last;
    auto extend = [&](const std::optional<int>& y) {
        if (!y) return;
        first = std::min(first.value_or(*y), *y);
        last = std::max(last.value_or(*y), *y);
    };
    bool unscheduled = false;
    for (const auto& item : items) {
        extend(item.year);
        unscheduled = unscheduled || !item.year;
    }
    for (const auto& entry : district.data().plan) extend(entry.year);

    std::vector<PhasingYear> years;
    if (first)
        for (int y = *first; y <= *last; ++y) years.push_back({y, {}, {}, {}, {}});
    if (unscheduled) years.push_back({std::nullopt, {}, {}, {}, {}});
    Figures running;
    for (auto& year : years) {
        std::map<int, PhasePart> phases;
        for (const auto& item : items) {
            if (item.year != year.year) continue;
            auto& part = phases[phase_rank(item.phase)];
            part.phase = item.phase;
            add_figures(part.figures, item.figures);
            add_figures(year.total, item.figures);
        }
        for (auto& [rank, part] : phases) year.phases.push_back(std::move(part));
        add_figures(running, year.total);
        year.cumulative = running;
        for (const auto& entry : district.data().plan)
            if (entry.year && year_key(entry.year) <= year_key(year.year)) add_targets(year.plan_cumulative, entry_targets(entry));
        if (!year.year)
            for (const auto& entry : district.data().plan)
                if (!entry.year) add_targets(year.plan_cumulative, entry_targets(entry));
    }
    return years;
}

}  // namespace

Phasing compute_phasing(const District& district, const std::vector<StoredUnit>& units) {
    Phasing p;
    std::vector<std::set<int>> parts(district.data().communities.size());
    p.items = items_of(district, units, parts, p.overlapping_buildings);
    count_completed_communities(p.items, parts);
    p.years = years_of(district, p.items);
    std::stable_sort(p.items.begin(), p.items.end(), before);
    p.district_targets = district.analysis().coverage.district.targets;
    return p;
}

}  // namespace renozone
