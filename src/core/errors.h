// Typed errors of the engine. Each shell converts them once, at its boundary:
// the CLI prints one line and exits with exit_code().
#pragma once

#include <stdexcept>
#include <string>

namespace renozone {

enum class ExitCode : int {
    ok = 0,
    problems_found = 1,  // `validate` found problems in the inputs
    usage = 2,
    input = 3,
    output = 4,
    internal = 70,
};

class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ExitCode exit_code() const { return code_; }

private:
    ExitCode code_;
};

// A problem with what the user gave: a file, layer, field, feature or option.
class InputError : public Error {
public:
    explicit InputError(const std::string& message) : Error(ExitCode::input, message) {}
};

// An output could not be written; nothing was left behind.
class OutputError : public Error {
public:
    explicit OutputError(const std::string& message) : Error(ExitCode::output, message) {}
};

class UsageError : public Error {
public:
    explicit UsageError(const std::string& message) : Error(ExitCode::usage, message) {}
};

}  // namespace renozone
