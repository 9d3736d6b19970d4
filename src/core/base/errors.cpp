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

}  // namespace renozone
