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
    }
    return "";
}

namespace {

Problem with_count(const Problem& first, std::size_t more) {
    if (more == 0) return first;
    const std::string n = std::to_string(more);
    return {first.en + " (and " + n + (more == 1 ? " more error)" : " more errors)"),
            first.zh.empty() ? "" : first.zh + "（另有 " + n + " 个错误）"};
}

}  // namespace

InputError::InputError(const Problem& first, std::size_t more) : Error(ErrorKind::input, with_count(first, more)) {
    problem_ = first;
    more_errors_ = more;
}

}  // namespace renozone
