#include "core/base/findings.h"

#include "core/base/errors.h"
#include "core/base/text_utils.h"

#include <algorithm>
#include <iterator>

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
    const auto kept = static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [s](const Finding& f) { return f.severity == s; }));
    return s == Severity::info ? kept + notes_not_kept : kept;
}

void require_no_errors(const Findings& findings) {
    const std::size_t errors = findings.count(Severity::error);
    if (errors == 0) return;
    for (const auto& f : findings.items) {
        if (f.severity != Severity::error) continue;
        throw InputError(Problem{f.message, f.message_zh}, errors - 1, f.message_for_forms);
    }
}

std::string feature_label(std::int64_t fid, const std::string& id) {
    const std::string fid_text = std::to_string(fid);
    if (id.empty() || id == "fid " + fid_text) return "feature " + fid_text;
    return "feature " + fid_text + " (id " + abbreviate(id) + ")";
}

void Findings::append(Findings&& other) {
    std::move(other.items.begin(), other.items.end(), std::back_inserter(items));
    std::move(other.repairs.begin(), other.repairs.end(), std::back_inserter(repairs));
    notes_not_kept += other.notes_not_kept;
    other.items.clear();
    other.repairs.clear();
    other.notes_not_kept = 0;
}

}  // namespace renozone
