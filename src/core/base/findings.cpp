#include "core/base/findings.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"

#include <algorithm>

namespace renozone {

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::info: return "info";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "?";
}

std::size_t Findings::count(Severity s) const {
    return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [s](const Finding& f) { return f.severity == s; }));
}

void require_no_errors(const Findings& findings) {
    const std::size_t errors = findings.count(Severity::error);
    if (errors == 0) return;
    for (const auto& f : findings.items) {
        if (f.severity != Severity::error) continue;
        const std::size_t more = errors - 1;
        const std::string more_en = more == 0 ? "" : " (and " + std::to_string(more) + (more == 1 ? " more error" : " more errors") +
                                                         ": run `renozone validate` for the list, or --keep-going)";
        const std::string more_zh = more == 0 ? "" : "（另有 " + std::to_string(more) + " 个错误）";
        throw InputError(Problem{f.message + more_en, f.message_zh.empty() ? "" : f.message_zh + more_zh});
    }
}

std::string feature_label(std::int64_t fid, const std::string& id) {
    const std::string fid_text = std::to_string(fid);
    if (id.empty() || id == "fid " + fid_text) return "feature " + fid_text;
    return "feature " + fid_text + " (id " + abbreviate(id) + ")";
}

}  // namespace renozone
