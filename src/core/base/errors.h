// Typed errors of the engine. Each shell converts them once, at its boundary:
// the CLI prints one line and exits with exit_code(); the viewer and a Chinese
// QGIS show chinese().
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

// What is wrong, in English (the CLI's words, which its tests hold it to) and
// in Chinese, for the interfaces that speak it.
struct Problem {
    std::string en;
    std::string zh;
};

class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    // "WHERE: problem": WHERE names the file, layer and feature, in both languages.
    Error(ExitCode code, const std::string& where, const Problem& problem)
        : std::runtime_error(where + ": " + problem.en), code_(code),
          chinese_(problem.zh.empty() ? std::string() : where + "：" + problem.zh) {}
    // A whole message, the place already in it; zh may be empty.
    Error(ExitCode code, const Problem& message) : std::runtime_error(message.en), code_(code), chinese_(message.zh) {}
    ExitCode exit_code() const { return code_; }
    // The message in Chinese; the English one for errors not yet said in Chinese.
    std::string chinese() const { return chinese_.empty() ? what() : chinese_; }

private:
    ExitCode code_;
    std::string chinese_;
};

// A problem with what the user gave: a file, layer, field, feature or option.
class InputError : public Error {
public:
    explicit InputError(const std::string& message) : Error(ExitCode::input, message) {}
    InputError(const std::string& where, const Problem& problem) : Error(ExitCode::input, where, problem) {}
    explicit InputError(const Problem& message) : Error(ExitCode::input, message) {}
};

// An output could not be written; nothing was left behind.
class OutputError : public Error {
public:
    explicit OutputError(const std::string& message) : Error(ExitCode::output, message) {}
    OutputError(const std::string& where, const Problem& problem) : Error(ExitCode::output, where, problem) {}
};

class UsageError : public Error {
public:
    explicit UsageError(const std::string& message) : Error(ExitCode::usage, message) {}
    UsageError(const std::string& where, const Problem& problem) : Error(ExitCode::usage, where, problem) {}
    explicit UsageError(const Problem& message) : Error(ExitCode::usage, message) {}
};

}  // namespace renozone
