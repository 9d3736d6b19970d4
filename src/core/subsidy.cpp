#include "subsidy.h"

#include "errors.h"
#include "text_utils.h"

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

}  // namespace

ScopeSubsidy district_subsidy(const District& district, const UnitMoney& money) {
    return from_figures(district, "district", "", "全区", district.analysis().coverage.district.figures, money);
}

ScopeSubsidy street_subsidy(const District& district, const std::string& raw, const UnitMoney& money) {
    const std::string key = trim(raw);
    for (const auto& row : district.analysis().coverage.streets)
        if (row.code == key || (!row.name.empty() && row.name == key))
            return from_figures(district, "street", row.code, row.name, row.figures, money);
    throw InputError("--street: the district has no street '" + key + "'");
}

ScopeSubsidy community_subsidy(const District& district, const std::string& raw, const UnitMoney& money) {
    const std::string key = trim(raw);
    const CoverageRow* found = nullptr;
    for (const auto& row : district.analysis().coverage.communities) {
        if (row.code == key) return from_figures(district, "community", row.code, row.name, row.figures, money);
        if (row.name == key) {
            if (found) throw InputError("--community: the name '" + key + "' is used by " + found->code + " and " + row.code + "; give the id");
            found = &row;
        }
    }
    if (!found) throw InputError("--community: the district has no community '" + key + "'");
    return from_figures(district, "community", found->code, found->name, found->figures, money);
}

ScopeSubsidy unit_subsidy(const District& district, const StoredUnit& unit, const UnitMoney& money) {
    if (!unit.geom) throw InputError("implementation unit " + std::to_string(unit.id) + " has no geometry");
    UnitMoney given = money;
    if (!given.pipeline_cost_cny) given.pipeline_cost_cny = unit.attributes.money.pipeline_cost_cny;
    const UnitEvaluation e = evaluate_unit(district, unit.geom.get(), given);
    return from_figures(district, "unit", std::to_string(unit.id), unit.attributes.name, e.figures, given);
}

}  // namespace renozone
