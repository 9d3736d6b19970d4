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
        case Input::name: return zh ? "名称" : "Name";
        case Input::unit_id: return zh ? "实施单元" : "Implementation unit";
        case Input::communities: return zh ? "小区" : "Communities";
        case Input::street: return zh ? "街道" : "Street";
        case Input::community: return zh ? "小区" : "Community";
        case Input::content: return zh ? "改造内容" : "Content";
        case Input::investment_cny: return zh ? "投资 元" : "Investment CNY";
        case Input::progress_percent: return zh ? "进度 %" : "Progress %";
        case Input::start_date: return zh ? "开工日期" : "Start date";
        case Input::end_date: return zh ? "完工日期" : "End date";
        case Input::progress_note: return zh ? "进展说明" : "Progress note";
        case Input::implementing_body: return zh ? "实施主体" : "Implementing body";
        case Input::ledger_scope: return zh ? "范围" : "Scope";
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
