// The exit codes of renozone's command lines (renozone, and renozone-viewer
// --export): a script tells a usage slip from bad data from a full disk.
#pragma once

#include "core/base/errors.h"

#include <exception>

namespace renozone::cli {

enum class ExitCode : int {
    ok = 0,
    problems_found = 1,  // `validate` found errors in the inputs
    usage = 2,
    input = 3,
    output = 4,
    internal = 70,
};

inline constexpr const char* exit_codes_help =
    "Exit codes: 0 done; 1 validate found errors; 2 usage; 3 bad input (file, layer, field, feature);\n"
    "4 output not written; 70 internal error.";

inline ExitCode exit_code_of(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::usage: return ExitCode::usage;
        case ErrorKind::input: return ExitCode::input;
        case ErrorKind::output: return ExitCode::output;
        case ErrorKind::internal: return ExitCode::internal;
    }
    return ExitCode::internal;
}

inline int exit_status(ExitCode code) { return static_cast<int>(code); }
inline int exit_status(const Error& e) { return exit_status(exit_code_of(e.kind())); }

// `validate` listed errors: exit 1, with nothing more to say.
struct ProblemsFound : std::exception {};

}  // namespace renozone::cli
