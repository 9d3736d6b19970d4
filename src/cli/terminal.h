// How the CLI talks to a person: progress on stderr when it is a terminal,
// warnings unless --quiet.
#pragma once

#include "core/base/progress.h"

#include <string>

namespace renozone::cli {

struct Terminal {
    bool quiet = false;
    ProgressFn progress() const;   // empty when quiet or stderr is not a terminal
    void warn(const std::string& message) const;
    void note(const std::string& message) const;
};

}  // namespace renozone::cli
