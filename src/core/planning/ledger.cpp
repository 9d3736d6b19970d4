#include "core/planning/ledger.h"

#include "core/base/errors.h"
#include "core/base/name_match.h"
#include "core/base/text_utils.h"
#include "core/io/plan_loader.h"
#include "core/model/place_names.h"
#include "core/planning/content_items.h"
#include "core/planning/plan_departments.h"
#include "core/planning/unit_geometry.h"
#include "core/planning/unit_warnings.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace renozone {
namespace {

std::string checked_text(Input input, const std::string& value) {
    std::string text = trim(value);
    if (text.empty()) throw UsageError(input, {"must not be empty", "不能为空"});
    if (text.find('\n') != std::string::npos) throw UsageError(input, {"must be one line", "只能写一行"});
    return text;
}

double checked_amount(Input input, double value) {
    const std::string said = format_number(value, 2, false);
    if (!std::isfinite(value) || value < 0) throw UsageError(input, {said + " must not be negative", said + " 不能为负数"});
    return value;
}

std::string checked_date(Input input, const std::string& value) {
    const std::string text = trim(value);
    if (!is_iso_date(text)) throw UsageError(input, {"'" + value + "' is not a date YYYY-MM-DD", "“" + value + "”不是 YYYY-MM-DD 格式的日期"});
    return text;
}

UsageError no_scope() { return UsageError(Input::ledger_scope, {"a ledger project needs a scope", "台账项目需要范围：实施单元和/或小区"}); }

std::string canonical_department(const std::string& value) {
    const Department* d = find_department(value);
    if (!d)
        throw UsageError(Input::lead_department, {"'" + value + "' is not one of the plan's 13 responsible units (1–13 or its name)",
                                                  "“" + value + "”不是方案的 13 个责任单位之一（1–13 或单位名称）"});
    const std::string text = trim(value);
    // A named member (凤山街道办事处, 中国移动武隆分公司) says more than its group.
    return std::find(d->members.begin(), d->members.end(), text) != d->members.end() ? text : d->name;
}

std::vector<std::string> checked_items(const std::vector<std::string>& values) {
    std::vector<std::string> keys;
    for (const auto& value : values) {
        const ContentItem* item = find_content_item(value);
        if (!item) {
            const std::string quoted = "'" + abbreviate(value) + "'";
            Problem problem{quoted + " is not a ledger item (renozone ledger items lists them)",
                            quoted + " 不是台账内容项（renozone ledger items 列出全部）"};
            add_did_you_mean(problem, content_items_near(value));
            throw UsageError(Input::content, problem);
        }
        if (std::find(keys.begin(), keys.end(), item->key) == keys.end()) keys.push_back(item->key);
    }
    return keys;
}

std::string covered_text(const District& district, const UnitEvaluation& e) {
    std::string text;
    for (const auto& share : e.communities) {
        const auto& c = district.data().communities[share.index];
        text += (text.empty() ? "" : "; ") + c.id + " " + c.name;
        if (share.share < 0.999) text += " (" + percent_inside(share.share) + " %)";
    }
    return text;
}

std::vector<std::string> street_names(const District& district, const std::vector<std::string>& codes) {
    std::vector<std::string> names;
    for (const auto& code : codes) {
        std::string name = code;
        for (const auto& street : district.data().streets)
            if (street.code == code && !street.name.empty()) name = street.name;
        names.push_back(name);
    }
    return names;
}

}  // namespace

bool is_iso_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    const int y = std::stoi(text.substr(0, 4));
    const unsigned m = std::stoul(text.substr(5, 2)), d = std::stoul(text.substr(8, 2));
    return std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)).ok();
}

bool has_item(const LedgerRecord& r, const std::string& key) {
    return std::find(r.content.begin(), r.content.end(), key) != r.content.end();
}

void apply_change(LedgerRecord& r, const LedgerChange& c) {
    LedgerRecord next = r;  // all or nothing
    if (c.name) next.name = checked_text(Input::name, *c.name);
    if (c.unit_id) {
        if (*c.unit_id < 1) throw UsageError(Input::unit_id, {std::to_string(*c.unit_id) + " is not a unit id", std::to_string(*c.unit_id) + " 不是实施单元编号"});
        next.unit_id = c.unit_id;
    }
    if (c.communities) {
        next.communities.clear();
        for (const auto& id : list_items(*c.communities)) next.communities.push_back(checked_text(Input::communities, id));
    }
    if (c.content) next.content = checked_items(list_items(*c.content));
    if (c.phase) {
        next.phase = normalise_phase(*c.phase);
        if (next.phase.empty())
            throw UsageError(Input::phase, {"'" + *c.phase + "' is not 实施, 谋划 or 储备 (implement, plan, reserve)", "“" + *c.phase + "”不是 实施、谋划 或 储备"});
    }
    if (c.year) {
        if (*c.year < 2000 || *c.year > 2100)
            throw UsageError(Input::year, {std::to_string(*c.year) + " is not a plan year", std::to_string(*c.year) + " 不是规划年度"});
        next.year = c.year;
    }
    if (c.investment_cny) next.investment_cny = checked_amount(Input::investment_cny, *c.investment_cny);
    if (c.pipeline_cost_cny) next.money.pipeline_cost_cny = checked_amount(Input::pipeline_cost_cny, *c.pipeline_cost_cny);
    if (c.funding) {
        require_funding_adds_up(*c.funding);
        next.money.funding = c.funding;
    }
    if (c.progress_percent) {
        const double p = *c.progress_percent;
        const std::string said = format_number(p, 1, false);
        if (!(p >= 0 && p <= 100)) throw UsageError(Input::progress_percent, {said + " is not a percent from 0 to 100", said + " 不是 0–100 的百分数"});
        next.progress_percent = p;
    }
    if (c.start_date) next.start_date = checked_date(Input::start_date, *c.start_date);
    if (c.end_date) next.end_date = checked_date(Input::end_date, *c.end_date);
    if (!next.start_date.empty() && !next.end_date.empty() && next.end_date < next.start_date)
        throw UsageError(Input::end_date, {next.end_date + " is before the start " + next.start_date, next.end_date + " 早于开工日期 " + next.start_date});
    if (c.progress_note) next.progress_note = checked_text(Input::progress_note, *c.progress_note);
    if (c.lead_department) next.lead_department = canonical_department(*c.lead_department);
    if (c.implementing_body) next.implementing_body = checked_text(Input::implementing_body, *c.implementing_body);
    r = std::move(next);
}

void check_new_record(const LedgerRecord& r) {
    if (r.name.empty()) throw UsageError(Input::name, {"a ledger project needs a name", "台账项目需要名称"});
    if (!r.unit_id && r.communities.empty())
        throw no_scope();
    if (r.lead_department.empty())
        throw UsageError(Input::lead_department, {"a ledger project needs its lead department (1–13 or its name)", "台账项目需要牵头单位（1–13 或单位名称）"});
}

void measure_scope(LedgerRecord& r, const District& district, const GEOSGeometry* unit) {
    GEOSContextHandle_t c = district.ctx();
    GeomPtr scope = own(c, unit ? GEOSGeom_clone_r(c, unit) : nullptr);
    if (!r.communities.empty()) {
        for (auto& id : r.communities) id = find_community(district.data().communities, id, Input::communities).id;  // names become ids
        GeomPtr picked = std::move(unit_from_communities(district, r.communities).geom);
        scope = scope ? own(c, GEOSUnion_r(c, scope.get(), picked.get())) : std::move(picked);
    }
    if (!scope) throw no_scope();
    const UnitEvaluation e = evaluate_unit(district, scope.get());
    const Figures& f = e.figures;
    r.scale = {f.buildings, f.floor_area_m2, f.households, f.people, f.lifts, f.d_grade, f.heritage};
    r.covered = covered_text(district, e);
    r.streets = street_names(district, e.streets);
    const UnitMoney money{r.money.pipeline_cost_cny, std::nullopt};  // the split is of the investment
    r.subsidy = summarise_subsidy(has_item(r, "lifts") ? f.lift_subsidy_cny : 0.0, money, district.analysis().rules);
}

std::optional<double> investment_share(const LedgerRecord& r, double FundingSplit::*share) {
    if (!r.investment_cny || !r.money.funding) return std::nullopt;
    return *r.investment_cny * ((*r.money.funding).*share);
}

}  // namespace renozone
