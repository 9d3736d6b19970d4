#include "core/planning/facility_gaps.h"

#include "core/base/errors.h"

#include <map>
#include <set>

namespace renozone {
namespace {

void add(ServedCount& total, const ServedCount& part) {
    total.households += part.households;
    total.covered_households += part.covered_households;
    total.buildings += part.buildings;
    total.covered_buildings += part.covered_buildings;
}

bool below(const ServedCount& c, double threshold_percent) {
    return c.households > 0 && 100.0 * double(c.covered_households) < threshold_percent * double(c.households);
}

XY location(GEOSContextHandle_t ctx, const GEOSGeometry* geom) {
    GeomPtr point = own(ctx, GEOSPointOnSurface_r(ctx, geom));
    XY p{};
    GEOSGeomGetX_r(ctx, point.get(), &p.x);
    GEOSGeomGetY_r(ctx, point.get(), &p.y);
    return p;
}

// Facilities searched so far out of all the searches one call makes.
struct SearchSteps {
    const ProgressFn& progress;
    long long done = 0;
    long long total = 0;
    void step() {
        ++done;
        if (progress) progress(Stage::finding_facility_gaps, done, total);
    }
};

std::vector<char> reached(const SiteChecker& checker, const std::vector<int>& facilities, double radius, bool network,
                          SearchSteps* steps = nullptr) {
    const District& district = checker.district();
    std::vector<char> covered(district.data().buildings.size(), 0);
    std::vector<int> served;
    for (int f : facilities) {
        checker.households_within(location(district.ctx(), district.data().facilities[f].geom.get()), radius, network, &served);
        for (int b : served) covered[b] = 1;
        if (steps) steps->step();
    }
    return covered;
}

std::vector<int> facilities_of(const Dataset& data, const std::string& type) {
    std::vector<int> out;
    for (std::size_t i = 0; i < data.facilities.size(); ++i)
        if (data.facilities[i].type == type && data.facilities[i].geom) out.push_back(static_cast<int>(i));
    return out;
}

}  // namespace

std::optional<double> ServedCount::coverage_percent() const {
    if (households <= 0) return std::nullopt;
    return 100.0 * double(covered_households) / double(households);
}

const char* CommunityGap::status() const {
    if (count.households == 0) return "no_households";
    if (count.covered_households == count.households) return "covered";
    return count.covered_households == 0 ? "uncovered" : "partial";
}

std::vector<int> demand_buildings(const District& district) {
    std::vector<int> out;
    const auto& tags = district.analysis().buildings;
    for (std::size_t b = 0; b < tags.size(); ++b)
        if (tags[b].households > 0 && tags[b].place.has_point && tags[b].place.community >= 0) out.push_back(static_cast<int>(b));
    return out;
}

std::vector<int> uncovered_homes(const District& district, const FacilityGaps& gaps) {
    std::vector<int> out = demand_buildings(district);
    std::erase_if(out, [&gaps](int b) { return gaps.covered[static_cast<std::size_t>(b)] != 0; });
    return out;
}

std::vector<char> covered_by_existing(const SiteChecker& checker, const std::string& type, bool network) {
    const FacilityRule& rule = checker.rules().rule(type);
    return reached(checker, facilities_of(checker.district().data(), type), rule.radius_m.value, network);
}

FacilityGaps facility_gaps(const SiteChecker& checker, const std::string& type, const GapOptions& options,
                           const ProgressFn& progress) {
    if (!(options.threshold_percent >= 0 && options.threshold_percent <= 100))
        throw UsageError("the coverage threshold must be a percentage from 0 to 100");
    const District& district = checker.district();
    const Dataset& data = district.data();
    const auto& community_tags = district.analysis().communities;
    const auto& building_tags = district.analysis().buildings;
    FacilityGaps out;
    out.type = type;
    out.rule = checker.rules().rule(type);
    out.threshold_percent = options.threshold_percent;
    out.facilities = facilities_of(data, type);
    const bool network = options.use_network && !checker.network().empty();
    out.distance_method = network ? "network" : "euclidean";
    const double radius = out.rule.radius_m.value;
    SearchSteps steps{progress, 0, static_cast<long long>(out.facilities.size()) * (network ? 2 : 1)};
    if (progress) progress(Stage::finding_facility_gaps, 0, steps.total);
    out.covered = reached(checker, out.facilities, radius, network, &steps);
    const auto euclidean = network ? reached(checker, out.facilities, radius, false, &steps) : out.covered;

    out.community_rows.resize(data.communities.size());
    for (std::size_t c = 0; c < data.communities.size(); ++c) out.community_rows[c].community = static_cast<int>(c);
    for (int b : demand_buildings(district)) {
        auto& count = out.community_rows[building_tags[b].place.community].count;
        count.households += building_tags[b].households;
        count.buildings += 1;
        if (out.covered[b]) count.covered_households += building_tags[b].households, count.covered_buildings += 1;
        if (euclidean[b]) out.covered_households_euclidean += building_tags[b].households;
    }

    std::map<std::string, StreetGap> streets;
    for (const auto& s : data.streets) streets[s.code] = StreetGap{s.code, s.name, {}, 0, 0, 0};
    for (auto& row : out.community_rows) {
        const auto& tags = community_tags[row.community];
        row.substandard = below(row.count, options.threshold_percent);
        auto& street = streets[tags.street_code];
        street.code = tags.street_code;
        if (street.name.empty()) street.name = tags.street_name;
        add(street.count, row.count);
        add(out.district, row.count);
        if (tags.planned) add(out.planned, row.count);
        if (row.count.households == 0) continue;
        const bool uncovered = row.count.covered_households == 0;
        street.communities += 1, out.communities += 1;
        street.substandard_communities += row.substandard, out.substandard_communities += row.substandard;
        street.uncovered_communities += uncovered, out.uncovered_communities += uncovered;
        out.substandard_planned_communities += row.substandard && tags.planned;
    }
    for (auto& [code, street] : streets) out.streets.push_back(std::move(street));
    return out;
}

std::vector<FacilityGaps> all_facility_gaps(const SiteChecker& checker, const GapOptions& options, const ProgressFn& progress) {
    const auto types = checker.rules().type_names();
    const Dataset& data = checker.district().data();
    const long long searches = options.use_network && !checker.network().empty() ? 2 : 1;
    long long total = 0;  // the facilities searched for every type, as one count
    for (const auto& type : types) total += searches * static_cast<long long>(facilities_of(data, type).size());
    std::vector<FacilityGaps> out;
    long long before = 0;
    for (const auto& type : types) {
        // A type without facilities has nothing to search: no report of its own.
        const ProgressFn of_type = [&](const ProgressStage& stage, long long done, long long steps) {
            if (steps > 0) progress(stage, before + done, total);
        };
        out.push_back(facility_gaps(checker, type, options, progress ? of_type : ProgressFn{}));
        before += searches * static_cast<long long>(out.back().facilities.size());
    }
    return out;
}

std::vector<std::string> unknown_facility_types(const SiteChecker& checker) {
    std::set<std::string> unknown;
    for (const auto& f : checker.district().data().facilities)
        if (!checker.rules().types.count(f.type)) unknown.insert(f.type);
    return {unknown.begin(), unknown.end()};
}

}  // namespace renozone
