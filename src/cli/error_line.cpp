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
    }
    return {};
}

std::string error_line(const Error& error) {
    if (const std::size_t more = error.more_errors(); more > 0)
        return error.problem().en + " (and " + std::to_string(more) + (more == 1 ? " more error" : " more errors") +
               ": run `renozone validate` for the list, or --keep-going)";
    if (error.input() == Input::none) return error.what();
    return option_of(error.input()) + ": " + error.problem().en;
}

}  // namespace renozone::cli
