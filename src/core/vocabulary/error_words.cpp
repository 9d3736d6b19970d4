#include "core/vocabulary/error_words.h"

namespace renozone {

std::string input_title(Input input, Lang lang) {
    const bool zh = lang == Lang::zh;
    switch (input) {
        case Input::none: return {};
        case Input::funding: return zh ? "资金分担" : "Funding shares";
        case Input::phase: return zh ? "批次" : "Phase";
        case Input::path: return zh ? "改造路径" : "Renovation path";
        case Input::lead_department: return zh ? "牵头单位" : "Lead department";
        case Input::year: return zh ? "年度" : "Year";
        case Input::budget_cny: return zh ? "投资估算 元" : "Budget CNY";
        case Input::pipeline_cost_cny: return zh ? "管线工程总造价 元" : "Pipeline works cost CNY";
    }
    return {};
}

std::string error_message(const Error& error, Lang lang) {
    const bool zh = lang == Lang::zh;
    if (error.input() != Input::none) {
        const Problem& p = error.problem();
        return input_title(error.input(), lang) + (zh ? "：" : ": ") + (zh && !p.zh.empty() ? p.zh : p.en);
    }
    return zh ? error.chinese() : error.what();
}

}  // namespace renozone
