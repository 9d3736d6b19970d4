#include "core/planning/unit_evaluation.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"
#include "core/planning/unit_warnings.h"

#include <cmath>
#include <set>

namespace renozone {
namespace {

constexpr double whole = 0.999;     // a share at or above this counts as whole
constexpr double sliver_m2 = 1.0;   // overlaps smaller than this are drawing noise

double share_inside(GEOSContextHandle_t c, const GEOSGeometry* unit, const GEOSGeometry* g) {
    const double total = area_of(c, g);
    if (total <= 0) return 0;
    GeomPtr inside = own(c, GEOSIntersection_r(c, unit, g));
    return inside ? std::min(1.0, area_of(c, inside.get()) / total) : 0;
}

void measure_buildings(const District& d, const GEOSGeometry* unit, const GEOSPreparedGeometry* prepared,
                       UnitEvaluation& e) {
    GEOSContextHandle_t c = d.ctx();
    const auto& data = d.data();
    const auto& tags = d.analysis().buildings;
    e.buildings = d.buildings_with_point_in(prepared, unit);
    for (int b : e.buildings) {
        e.figures.add_building(data.buildings[b], tags[b]);
        if (tags[b].eligible) ++e.eligible_buildings;
        else ++e.ineligible_buildings;
    }
    for (int b : d.buildings_near(unit)) {
        const GEOSGeometry* footprint = data.buildings[b].geom.get();
        if (GEOSPreparedContainsProperly_r(c, prepared, footprint) == 1) continue;
        if (GEOSPreparedIntersects_r(c, prepared, footprint) != 1) continue;
        const double share = share_inside(c, unit, footprint);
        if (share > 0 && share < whole) e.partial_buildings.push_back({b, share});
    }
}

void measure_communities(const District& d, const GEOSGeometry* unit, const GEOSPreparedGeometry* prepared,
                         UnitEvaluation& e) {
    GEOSContextHandle_t c = d.ctx();
    const auto& data = d.data();
    std::set<std::string> streets;
    for (int i : d.communities_near(unit)) {
        const GEOSGeometry* g = data.communities[i].geom.get();
        if (GEOSPreparedIntersects_r(c, prepared, g) != 1) continue;
        const double share = GEOSPreparedContains_r(c, prepared, g) == 1 ? 1.0 : share_inside(c, unit, g);
        if (share * area_of(c, g) < sliver_m2) continue;
        e.communities.push_back({i, share});
        const auto& tags = d.analysis().communities[i];
        if (tags.planned) ++e.figures.communities;
        if (!tags.street_code.empty()) streets.insert(tags.street_code);
    }
    for (const auto& code : d.streets_entered(unit)) streets.insert(code);
    e.streets.assign(streets.begin(), streets.end());
    for (std::size_t i = 0; i < data.heritage.size(); ++i)
        if (GEOSPreparedIntersects_r(c, prepared, data.heritage[i].geom.get()) == 1) e.heritage.push_back(static_cast<int>(i));
}

void add_warnings(const District& d, const GEOSGeometry* unit, const std::vector<const GEOSGeometry*>& others,
                  UnitEvaluation& e) {
    GEOSContextHandle_t c = d.ctx();
    const auto& data = d.data();
    int overlapping = 0;
    for (const auto* other : others) {
        GeomPtr common = own(c, GEOSIntersection_r(c, unit, other));
        if (common && area_of(c, common.get()) >= sliver_m2) ++overlapping;
    }
    auto warn = [&](UnitWarningKind kind) -> UnitWarning& { return e.warnings.emplace_back(kind); };
    if (overlapping > 0) warn(UnitWarningKind::overlaps_units).count = static_cast<std::size_t>(overlapping);
    if (e.streets.size() > 1) warn(UnitWarningKind::crosses_streets).streets = e.streets;
    for (const auto& share : e.communities) {
        if (share.share >= whole || share.share <= 1.0 - whole) continue;
        const auto& community = data.communities[share.index];
        UnitWarning& w = warn(UnitWarningKind::cuts_community);
        w.community_id = community.id;
        w.community_name = community.name;
        w.share_inside = share.share;
    }
    if (e.ineligible_buildings > 0) warn(UnitWarningKind::outside_scope).count = static_cast<std::size_t>(e.ineligible_buildings);
    if (!e.heritage.empty()) warn(UnitWarningKind::contains_heritage);
}

}  // namespace

SubsidySummary summarise_subsidy(double lift_subsidy_cny, const UnitMoney& money, const PlanRules& rules) {
    SubsidySummary s;
    s.lift_subsidy_cny = lift_subsidy_cny;
    s.pipeline_subsidy_cny = money.pipeline_cost_cny.value_or(0) * rules.pipeline_subsidy_share;
    s.total_cny = s.lift_subsidy_cny + s.pipeline_subsidy_cny;
    if (money.funding) {
        s.funding = money.funding;
        s.central_cny = s.total_cny * money.funding->central;
        s.municipal_cny = s.total_cny * money.funding->municipal;
        s.district_cny = s.total_cny * money.funding->district;
        s.residents_cny = s.total_cny * money.funding->residents;
    }
    return s;
}

const std::array<FundingPart, 4>& funding_parts() {
    static const std::array<FundingPart, 4> parts = {{
        {"central", "中央", "central", &FundingSplit::central, &SubsidySummary::central_cny},
        {"municipal", "市级", "municipal", &FundingSplit::municipal, &SubsidySummary::municipal_cny},
        {"district", "区级", "district", &FundingSplit::district, &SubsidySummary::district_cny},
        {"residents", "居民", "residents", &FundingSplit::residents, &SubsidySummary::residents_cny},
    }};
    return parts;
}

FundingSplit parse_funding_split(const std::string& text) {
    FundingSplit split;
    for (const auto& piece : split_any(fold_full_width(text), {",", "、"})) {  // ， and ＝ fold to , and =
        const std::string part = trim(piece);
        const std::size_t eq = part.find('=');
        const double value = eq == std::string::npos ? -1 : parse_leading_number(part.substr(eq + 1)).value_or(-1);
        const std::string key = eq == std::string::npos ? part : trim(part.substr(0, eq));
        double* slot = nullptr;
        for (const auto& known : funding_parts())
            if (key == known.key || key == known.zh) slot = &(split.*known.share);
        if (!slot || !(value >= 0))  // NaN too
            throw UsageError(Input::funding, Problem{"'" + abbreviate(part) + "' is not one of central=, municipal=, district=, residents= with a share",
                                                  "'" + abbreviate(part) + "' 应为 中央=、市级=、区级=、居民= 之一并给出比例"});
        if (value > 100)
            throw UsageError(Input::funding, Problem{"'" + abbreviate(part) + "': a share is a fraction (0.4) or a percentage (40), not above 100",
                                                  "'" + abbreviate(part) + "'：比例写作小数（0.4）或百分数（40），不能超过 100"});
        const double share = value > 1 ? value / 100.0 : value;  // accept 40 as 40 %
        *slot = std::round(share * 1e9) / 1e9;  // "0.3" parses as 0.30000000000000004
    }
    require_funding_adds_up(split);
    return split;
}

void require_funding_adds_up(const FundingSplit& f) {
    const double sum = f.central + f.municipal + f.district + f.residents;
    if (f.central < 0 || f.municipal < 0 || f.district < 0 || f.residents < 0 || std::fabs(sum - 1.0) > 1e-6)
        throw UsageError(Input::funding, Problem{"shares add up to " + format_number(sum, 3, false) + ", not 1",
                                              "各方比例合计为 " + format_number(sum, 3, false) + "，应为 1（100 %）"});
}

UnitEvaluation evaluate_unit(const District& district, const GEOSGeometry* unit, const UnitMoney& money,
                             const std::vector<const GEOSGeometry*>& others) {
    GEOSContextHandle_t c = district.ctx();
    UnitEvaluation e;
    e.area_m2 = area_of(c, unit);
    PreparedPtr prepared = prepare(c, unit);
    measure_buildings(district, unit, prepared.get(), e);
    measure_communities(district, unit, prepared.get(), e);
    add_warnings(district, unit, others, e);
    e.subsidy = summarise_subsidy(e.figures.lift_subsidy_cny, money, district.analysis().rules);
    return e;
}

}  // namespace renozone
