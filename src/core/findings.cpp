#include "findings.h"

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

}  // namespace renozone
