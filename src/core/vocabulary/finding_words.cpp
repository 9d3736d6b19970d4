#include "core/vocabulary/finding_words.h"

namespace renozone {

std::string severity_title(Severity severity, Lang lang) {
    const bool zh = lang == Lang::zh;
    switch (severity) {
        case Severity::error: return zh ? "错误" : "Error";
        case Severity::warning: return zh ? "警告" : "Warning";
        case Severity::info: return zh ? "提示" : "Note";
    }
    return {};
}

std::string finding_text(const Finding& finding, Lang lang) {
    return lang == Lang::zh && !finding.message_zh.empty() ? finding.message_zh : finding.english_for_forms();
}

}  // namespace renozone
