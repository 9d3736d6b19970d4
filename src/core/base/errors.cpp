#include "core/base/errors.h"

namespace renozone {

const char* input_key(Input input) {
    switch (input) {
        case Input::none: return "";
        case Input::funding: return "funding";
        case Input::phase: return "phase";
        case Input::path: return "path";
        case Input::lead_department: return "lead_department";
        case Input::year: return "year";
        case Input::budget_cny: return "budget_cny";
        case Input::pipeline_cost_cny: return "pipeline_cost_cny";
        case Input::name: return "name";
        case Input::unit_id: return "unit_id";
        case Input::communities: return "community_ids";
        case Input::street: return "street";
        case Input::community: return "community";
        case Input::content: return "content";
        case Input::investment_cny: return "investment_cny";
        case Input::progress_percent: return "progress_percent";
        case Input::start_date: return "start_date";
        case Input::end_date: return "end_date";
        case Input::progress_note: return "progress_note";
        case Input::implementing_body: return "implementing_body";
        case Input::site_decision: return "decision";
        case Input::decision_reason: return "decision_reason";
        case Input::decision_conditions: return "decision_conditions";
        case Input::decision_date: return "decision_date";
        case Input::follows_check: return "follows_check";
        case Input::ledger_scope: return "scope";
    }
    return "";
}

namespace {

Problem with_count(const Problem& first, std::size_t more) {
    if (more == 0) return first;
    return {first.en + " (" + more_errors_en(more) + ")",
            first.zh.empty() ? "" : first.zh + "（另有 " + std::to_string(more) + " 个错误）"};
}

}  // namespace

std::string more_errors_en(std::size_t more) {
    return "and " + std::to_string(more) + (more == 1 ? " more error" : " more errors");
}

InputError::InputError(const Problem& first, std::size_t more, const std::string& first_for_forms)
    : Error(ErrorKind::input, with_count(first, more)) {
    problem_ = first;
    more_errors_ = more;
    if (!first_for_forms.empty()) forms_ = with_count({first_for_forms, {}}, more).en;
}

}  // namespace renozone
