#include "core/planning/subsidy.h"

#include "core/base/errors.h"
#include "core/model/place_names.h"

namespace renozone {
namespace {

ScopeSubsidy from_figures(const District& district, std::string level, std::string code, std::string name,
                          const Figures& f, const UnitMoney& money) {
    const PlanRules& rules = district.analysis().rules;
    ScopeSubsidy s{std::move(level), std::move(code), std::move(name), f.lift_candidates, f.lifts,
                   rules.lift_subsidy_cny, money.pipeline_cost_cny, rules.pipeline_subsidy_share, {}};
    s.subsidy = summarise_subsidy(f.lift_subsidy_cny, money, rules);
    return s;
}

std::vector<PlaceName> place_names_of(const std::vector<CoverageRow>& rows) {
    std::vector<PlaceName> places;
    for (const auto& row : rows) places.push_back({row.code, row.name});
    return places;
}

}  // namespace

ScopeSubsidy district_subsidy(const District& district, const UnitMoney& money) {
    return from_figures(district, "district", "", "全区", district.analysis().coverage.district.figures, money);
}

ScopeSubsidy street_subsidy(const District& district, const std::string& code_or_name, const UnitMoney& money) {
    const auto& rows = district.analysis().coverage.streets;
    const CoverageRow& row = rows[find_place(place_names_of(rows), PlaceKind::street, code_or_name, Input::street)];
    return from_figures(district, "street", row.code, row.name, row.figures, money);
}

ScopeSubsidy community_subsidy(const District& district, const std::string& id_or_name, const UnitMoney& money) {
    const auto& rows = district.analysis().coverage.communities;
    const CoverageRow& row = rows[find_place(place_names_of(rows), PlaceKind::community, id_or_name, Input::community)];
    return from_figures(district, "community", row.code, row.name, row.figures, money);
}

ScopeSubsidy unit_subsidy(const District& district, const StoredUnit& unit, const UnitMoney& money) {
    if (!unit.geom) throw InputError("implementation unit " + std::to_string(unit.id) + " has no geometry");
    UnitMoney given = money;
    if (!given.pipeline_cost_cny) given.pipeline_cost_cny = unit.attributes.money.pipeline_cost_cny;
    if (!given.funding) given.funding = unit.attributes.money.funding;  // the split saved with the unit
    const UnitEvaluation e = evaluate_unit(district, unit.geom.get(), given);
    return from_figures(district, "unit", std::to_string(unit.id), unit.attributes.name, e.figures, given);
}

}  // namespace renozone
