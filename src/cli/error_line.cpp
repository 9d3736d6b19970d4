#include "error_line.h"

namespace renozone::cli {

std::string option_of(Input input) {
    switch (input) {
        case Input::none: return {};
        case Input::funding: return "--funding";
        case Input::phase: return "--phase";
        case Input::path: return "--path";
        case Input::lead_department: return "--lead";
        case Input::year: return "--year";
        case Input::budget_cny: return "--budget";
        case Input::pipeline_cost_cny: return "--pipeline-cost";
        case Input::name: return "--name";
        case Input::unit_id: return "--unit";
        case Input::communities: return "--communities-ids";
        case Input::street: return "--street";
        case Input::community: return "--community";
        case Input::content: return "--content";
        case Input::investment_cny: return "--investment";
        case Input::progress_percent: return "--progress";
        case Input::start_date: return "--start";
        case Input::end_date: return "--end";
        case Input::progress_note: return "--note";
        case Input::implementing_body: return "--body";
        case Input::site_decision: return "--decision";
        case Input::decision_reason: return "--reason";
        case Input::decision_conditions: return "--conditions";
        case Input::decision_date: return "--date";
        case Input::follows_check: return "--follows";
        case Input::ledger_scope: return "--unit ID and/or --communities-ids ID,...";
    }
    return {};
}

std::string error_line(const Error& error) {
    if (const std::size_t more = error.more_errors(); more > 0)
        return error.problem().en + " (" + more_errors_en(more) + ": run `renozone validate` for the list, or --keep-going)";
    if (error.input() == Input::none) return error.what();
    // The scope is two options: "… needs a scope: --unit ID and/or --communities-ids ID,...".
    if (error.input() == Input::ledger_scope) return error.problem().en + ": " + option_of(error.input());
    return option_of(error.input()) + ": " + error.problem().en;
}

}  // namespace renozone::cli
