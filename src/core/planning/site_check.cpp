#include "core/planning/site_check.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"

#include <cmath>
#include <limits>
#include <set>

namespace renozone {
namespace {

constexpr double touching_m2 = 1.0;  // overlaps below this are drawing noise

double distance_between(GEOSContextHandle_t c, const GEOSGeometry* a, const GEOSGeometry* b) {
    double d = 0;
    GEOSDistance_r(c, a, b, &d);
    return d;
}

// Rules without a numeric threshold still name where they come from.
const RuleValue open_land{0, "renozone rule: a new facility needs open land unless it reuses an existing building", false,
                          "renozone 规则：新建设施须使用空地，利用既有建筑的除外"};
const RuleValue heritage_principle{0, "方案 二（三）保护优先，注重历史传承: heritage is protected and repaired, not built over", true,
                                   "方案 二（三）保护优先，注重历史传承：历史建筑只保护修缮，不得占压"};

RuleResult make(const std::string& id, RuleStatus status, std::optional<double> value, const RuleValue* threshold,
                const std::string& unit, const std::string& message, const RuleValue* source = nullptr) {
    RuleResult r{id, status, value, std::nullopt, unit, source ? source->clause : "renozone", source && source->verified, message,
                 unit, source ? source->clause_zh : ""};
    if (threshold) {
        r.threshold = threshold->value;
        r.clause = threshold->clause;
        r.verified = threshold->verified;
        r.clause_zh = threshold->clause_zh;
    }
    return r;
}

RuleResult with_threshold_unit(RuleResult r, const std::string& unit) {
    r.threshold_unit = unit;
    return r;
}

}  // namespace

const char* status_name(RuleStatus s) {
    switch (s) {
        case RuleStatus::pass: return "pass";
        case RuleStatus::warn: return "warn";
        case RuleStatus::fail: return "fail";
    }
    return "?";
}

SiteChecker::SiteChecker(const District& district, SiteRules rules)
    : district_(district), rules_(std::move(rules)), network_(district.ctx(), district.data().roads) {}

long long SiteChecker::households_within(XY p, double radius, bool network, std::vector<int>* served) const {
    const auto& tags = district_.analysis().buildings;
    auto candidates = district_.buildings_within(p.x, p.y, radius);  // network distance is never shorter
    if (network && !network_.empty()) {
        std::vector<XY> targets;
        for (int b : candidates) targets.push_back({tags[b].place.x, tags[b].place.y});
        const auto d = network_.distances(p, targets, radius);
        std::vector<int> kept;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (std::isfinite(d[i])) kept.push_back(candidates[i]);
        candidates.swap(kept);
    }
    long long households = 0;
    for (int b : candidates) households += tags[b].households;
    if (served) *served = std::move(candidates);
    return households;
}

SiteCheck SiteChecker::check(const std::string& type, const GEOSGeometry* site, const SiteOptions& options) const {
    const FacilityRule& rule = rules_.rule(type);
    GEOSContextHandle_t c = district_.ctx();
    const Dataset& data = district_.data();
    district_.require_overlaps_data(site, "site");
    SiteCheck out;
    out.type = type;
    out.radius_m = rule.radius_m.value;
    const int geom_type = GEOSGeomTypeId_r(c, site);
    const bool polygon = geom_type == GEOS_POLYGON || geom_type == GEOS_MULTIPOLYGON;
    if (polygon) out.area_m2 = area_of(c, site);
    GeomPtr point = own(c, GEOSPointOnSurface_r(c, site));
    GEOSGeomGetX_r(c, point.get(), &out.point.x);
    GEOSGeomGetY_r(c, point.get(), &out.point.y);

    // Within or next to the renovation scope. A community within `adjacent`
    // metres meets the site's box grown by that much, so the index settles the
    // usual case; only a site far from every planned community measures them all.
    const double adjacent = rules_.scope_adjacent_m.value;
    auto nearest_planned = [&](const std::vector<int>& communities) {
        double nearest = std::numeric_limits<double>::infinity();
        for (int i : communities)
            if (district_.analysis().communities[i].planned && data.communities[i].geom)
                nearest = std::min(nearest, distance_between(c, site, data.communities[i].geom.get()));
        return nearest;
    };
    double x0, y0, x1, y1;
    GEOSGeom_getXMin_r(c, site, &x0), GEOSGeom_getYMin_r(c, site, &y0);
    GEOSGeom_getXMax_r(c, site, &x1), GEOSGeom_getYMax_r(c, site, &y1);
    GeomPtr reach = own(c, GEOSGeom_createRectangle_r(c, x0 - adjacent, y0 - adjacent, x1 + adjacent, y1 + adjacent));
    double to_scope = nearest_planned(district_.communities_near(reach.get()));
    if (to_scope > adjacent) {
        std::vector<int> all(data.communities.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
        to_scope = nearest_planned(all);
    }
    out.rules.push_back(make("within_scope", to_scope == 0 ? RuleStatus::pass : to_scope <= adjacent ? RuleStatus::warn : RuleStatus::fail,
                             std::isfinite(to_scope) ? std::optional<double>(to_scope) : std::nullopt, &rules_.scope_adjacent_m, "m",
                             to_scope == 0 ? "inside a planned community" : "distance to the nearest planned community"));

    // No overlap with existing buildings unless the facility reuses one.
    double overlap = 0;
    std::string overlapped;
    for (int b : district_.buildings_near(site)) {
        const GEOSGeometry* footprint = data.buildings[b].geom.get();
        if (GEOSIntersects_r(c, site, footprint) != 1) continue;
        GeomPtr common = own(c, GEOSIntersection_r(c, site, footprint));
        const double a = polygon ? area_of(c, common.get()) : touching_m2;
        if (a < touching_m2) continue;
        overlap += a;
        if (overlapped.empty()) overlapped = data.buildings[b].id;
    }
    const bool overlaps = overlap > 0;
    out.rules.push_back(make("no_building_overlap", !overlaps ? RuleStatus::pass : options.reuse_building ? RuleStatus::pass : RuleStatus::fail,
                             overlap, nullptr, "m²",
                             !overlaps ? "no existing building on the site"
                             : options.reuse_building ? "reuses existing building " + overlapped
                                                      : "overlaps existing building " + overlapped,
                             &open_land));
    if (overlaps && !options.reuse_building) out.rules.back().remedy = RuleRemedy::reuse_building;

    // Heritage and river.
    std::string heritage_hit;
    for (const auto& h : data.heritage)
        if (GEOSIntersects_r(c, site, h.geom.get()) == 1 && heritage_hit.empty()) heritage_hit = h.name.empty() ? h.id : h.name;
    out.rules.push_back(make("outside_heritage", heritage_hit.empty() ? RuleStatus::pass : RuleStatus::fail, std::nullopt, nullptr, "",
                             heritage_hit.empty() ? "outside every heritage area" : "inside heritage area " + heritage_hit,
                             &heritage_principle));
    double to_river = std::numeric_limits<double>::infinity();
    for (const auto& r : data.river) to_river = std::min(to_river, distance_between(c, site, r.geom.get()));
    if (std::isfinite(to_river))
        out.rules.push_back(make("river_buffer", to_river >= rules_.river_buffer_m.value ? RuleStatus::pass : RuleStatus::fail, to_river,
                                 &rules_.river_buffer_m, "m", "distance to the river"));

    // Site area for the type.
    if (rule.min_area_m2) {
        const RuleValue& minimum = *rule.min_area_m2;
        const bool enough = out.area_m2 >= minimum.value;
        if (polygon && minimum.area == AreaKind::building)
            // A plot smaller than the floor area asked for may still hold it on more storeys.
            out.rules.push_back(make("min_site_area", enough ? RuleStatus::pass : RuleStatus::warn, out.area_m2, &minimum, "m²",
                                     enough ? "site area" : "site area, below the building area asked for: enough only on more storeys"));
        else if (polygon)
            out.rules.push_back(make("min_site_area", enough ? RuleStatus::pass : RuleStatus::fail, out.area_m2, &minimum, "m²", "site area"));
        else
            out.rules.push_back(make("min_site_area", RuleStatus::warn, std::nullopt, &*rule.min_area_m2, "m²",
                                     "a point has no area: draw the site polygon to check it"));
    }

    // Households and planned communities served.
    const bool network = options.use_network && !network_.empty();
    out.distance_method = network ? "network" : "euclidean";
    out.households_served_euclidean = households_within(out.point, rule.radius_m.value, false, nullptr);
    out.households_served = households_within(out.point, rule.radius_m.value, network, &out.buildings_served);
    std::set<int> communities;
    for (int b : out.buildings_served) {
        const int community = district_.analysis().buildings[b].place.community;
        if (community >= 0 && district_.analysis().communities[community].planned) communities.insert(community);
    }
    out.communities_served.assign(communities.begin(), communities.end());
    out.rules.push_back(with_threshold_unit(
        make("households_served", out.households_served > 0 ? RuleStatus::pass : RuleStatus::warn, double(out.households_served),
             &rule.radius_m, "households", "households within " + format_number(rule.radius_m.value, 0) + " m (" + out.distance_method + ")"),
        "m"));
    out.rules.push_back(with_threshold_unit(make("planned_communities_served", communities.empty() ? RuleStatus::warn : RuleStatus::pass,
                                                 double(communities.size()), &rule.radius_m, "communities", "planned communities served"),
                                            "m"));
    if (rule.area_per_100_households_m2 && polygon) {
        const double needed = rule.area_per_100_households_m2->value * out.households_served / 100.0;
        out.rules.push_back(with_threshold_unit(
            make("area_for_households", out.area_m2 >= needed ? RuleStatus::pass : RuleStatus::warn, out.area_m2,
                 &*rule.area_per_100_households_m2, "m²", "needs " + format_number(needed, 0) + " m² for the households served"),
            "m² per 100 households"));
    }

    // Nearest existing facility of the same type.
    for (const auto& f : data.facilities) {
        if (f.type != type) continue;
        const double d = distance_between(c, point.get(), f.geom.get());
        if (!out.nearest_same_type_m || d < *out.nearest_same_type_m) out.nearest_same_type_m = d, out.nearest_same_type_id = f.id;
    }
    if (out.nearest_same_type_m) {
        const bool duplicate = *out.nearest_same_type_m < rule.radius_m.value;
        out.rules.push_back(make("nearest_same_type", duplicate ? RuleStatus::warn : RuleStatus::pass, *out.nearest_same_type_m,
                                 &rule.radius_m, "m",
                                 duplicate ? "existing " + type + " " + out.nearest_same_type_id + " already serves part of this area"
                                           : "nearest existing " + type + " " + out.nearest_same_type_id));
    }
    for (const auto& r : out.rules)
        if (static_cast<int>(r.status) > static_cast<int>(out.verdict)) out.verdict = r.status;
    return out;
}

}  // namespace renozone
