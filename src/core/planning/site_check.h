// The planning bureau's check of a proposed facility site: each rule of the
// facility type with its measured value, threshold, clause and a pass / warn /
// fail status, and the households and planned communities the site serves.
#pragma once

#include "core/analysis/district.h"
#include "core/geometry/road_network.h"
#include "core/planning/site_rules.h"

#include <optional>
#include <string>
#include <vector>

namespace renozone {

enum class RuleStatus { pass, warn, fail };
const char* status_name(RuleStatus s);

// What the planner can do about a failed rule, for each shell to word: the CLI
// names its option (--reuse-building), the viewer and the plugin their checkbox.
enum class RuleRemedy { none, reuse_building };

struct RuleResult {
    std::string id;  // within_scope, no_building_overlap, outside_heritage, river_buffer, min_site_area, ...
    RuleStatus status;
    std::optional<double> value;
    std::optional<double> threshold;
    std::string unit;    // of the value: m, m², households, communities
    std::string clause;
    bool verified = false;
    std::string message;
    // The threshold need not be in the value's unit: households are counted
    // within a radius in m, an area is needed per 100 households.
    std::string threshold_unit;  // m, m², m² per 100 households
    std::string clause_zh;       // the clause in Chinese, when the rules give it
    RuleRemedy remedy = RuleRemedy::none;
};

struct SiteCheck {
    std::string type;
    RuleStatus verdict = RuleStatus::pass;
    XY point{};                   // where the site is measured from (its point-on-surface)
    double area_m2 = 0;           // 0 for a point site
    double radius_m = 0;
    std::string distance_method;  // "network" along the roads, or "euclidean"
    long long households_served = 0;  // by distance_method
    long long households_served_euclidean = 0;
    std::vector<int> buildings_served;
    std::vector<int> communities_served;  // planned communities with a served building
    std::optional<double> nearest_same_type_m;
    std::string nearest_same_type_id;
    std::vector<RuleResult> rules;
};

struct SiteOptions {
    bool reuse_building = false;  // the facility goes into an existing building
    bool use_network = true;      // when a road layer is loaded
};

class SiteChecker {
public:
    SiteChecker(const District& district, SiteRules rules);
    const District& district() const { return district_; }
    const SiteRules& rules() const { return rules_; }
    const RoadNetwork& network() const { return network_; }

    // Throws UsageError for an unknown type, InputError for a site outside the data.
    SiteCheck check(const std::string& type, const GEOSGeometry* site, const SiteOptions& options = {}) const;

    // Households of buildings whose point-on-surface is within `radius` of p (by network when
    // asked and available); fills `served` with the building indexes.
    long long households_within(XY p, double radius, bool network, std::vector<int>* served) const;

private:
    const District& district_;
    SiteRules rules_;
    RoadNetwork network_;
};

}  // namespace renozone
