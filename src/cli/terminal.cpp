#include "terminal.h"

#include "core/vocabulary/stage_titles.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace renozone::cli {

ProgressFn Terminal::progress() const {
    if (quiet || !isatty(STDERR_FILENO)) return {};
    return [](const ProgressStage& stage, long long done, long long total) {
        std::fprintf(stderr, "\r%s %lld/%lld", stage_title(stage, Lang::en).c_str(), done, total);
        if (done >= total) std::fprintf(stderr, "\n");
        std::fflush(stderr);
    };
}

void Terminal::warn(const std::string& message) const {
    if (!quiet) std::cerr << "renozone: warning: " << message << "\n";
}

void Terminal::note(const std::string& message) const {
    if (!quiet) std::cerr << "renozone: " << message << "\n";
}

}  // namespace renozone::cli
