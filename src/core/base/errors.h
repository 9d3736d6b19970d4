// Typed errors of the engine. Each shell converts them once, at its boundary:
// the CLI prints one line and exits with the code of its kind (src/cli/exit_codes.h);
// the viewer and a Chinese QGIS show chinese().
#pragma once

#include "core/base/controls.h"

#include <cstddef>
#include <stdexcept>
#include <string>

namespace renozone {

// What went wrong, for a shell to act on: a usage the command cannot take,
// an input (file, layer, field, feature) it cannot use, an output it cannot
// write, or a fault of the engine itself.
enum class ErrorKind { usage, input, output, internal };

// What is wrong, in English (the CLI's words, which its tests hold it to) and
// in Chinese, for the interfaces that speak it.
struct Problem {
    std::string en;
    std::string zh;
};

// The value a planner typed that an error is about, where each shell asks for
// it by a name of its own: the CLI by its option (--funding), the viewer and
// the plugin by the field of their form (资金分担). The engine names neither.
enum class Input {
    none,
    funding, phase, path, lead_department, year, budget_cny, pipeline_cost_cny,        // a unit's form
    name, unit_id, communities, street, community, content, investment_cny,             // a ledger project, a scope
    progress_percent, start_date, end_date, progress_note, implementing_body,
    site_decision, decision_reason, decision_conditions, decision_date, follows_check,  // the bureau's decision on a site
    ledger_scope,  // a unit and/or communities; the last, tests go through them all
};

// "funding", "lead_department": a stable key, for messages no shell rewords,
// and the field that holds the value (core/vocabulary/field_titles names it).
const char* input_key(Input input);

// "and 2 more errors": the count of the errors after the first, in English.
std::string more_errors_en(std::size_t more);

class Error : public std::runtime_error {
public:
    // An English message may hold slots for the controls it points to
    // (core/base/controls.h): what() says them as the command line names
    // them, english_for_forms() as the Qt shells' panels do.
    Error(ErrorKind kind, const std::string& message) : Error(kind, Problem{message, {}}) {}
    // "WHERE: problem": WHERE names the file, layer and feature, in both languages.
    Error(ErrorKind kind, const std::string& where, const Problem& problem)
        : Error(kind, Problem{where + ": " + problem.en, problem.zh.empty() ? std::string() : where + "：" + problem.zh}) {}
    // A whole message, the place already in it; zh may be empty.
    Error(ErrorKind kind, const Problem& message)
        : std::runtime_error(said_to(message.en, Audience::command_line)), kind_(kind),
          chinese_(said_to(message.zh, Audience::forms_zh)),
          forms_(has_slot(message.en) ? said_to(message.en, Audience::forms) : std::string()) {}
    // What is wrong with a value the user typed; the shells name the input.
    Error(ErrorKind kind, Input input, const Problem& problem)
        : Error(kind, input_key(input), problem) {
        input_ = input;
        problem_ = problem;
    }
    ErrorKind kind() const { return kind_; }
    Input input() const { return input_; }
    // For an error about an input: what is wrong with it, without its name;
    // for the first of several: that one, without the count of the others.
    const Problem& problem() const { return problem_; }
    // The data holds this many errors more (the first stopped the work); each
    // shell says where the others are listed.
    std::size_t more_errors() const { return more_errors_; }
    // The message in Chinese; the English one for errors not yet said in Chinese.
    std::string chinese() const { return chinese_.empty() ? what() : chinese_; }
    // The English message naming no option of the command line.
    std::string english_for_forms() const { return forms_.empty() ? what() : forms_; }

private:
    ErrorKind kind_;
    std::string chinese_;
    Input input_ = Input::none;

protected:
    std::string forms_;  // empty when it reads as what()
    Problem problem_;
    std::size_t more_errors_ = 0;
};

// A problem with what the user gave: a file, layer, field, feature or option.
class InputError : public Error {
public:
    explicit InputError(const std::string& message) : Error(ErrorKind::input, message) {}
    InputError(const std::string& where, const Problem& problem) : Error(ErrorKind::input, where, problem) {}
    explicit InputError(const Problem& message) : Error(ErrorKind::input, message) {}
    InputError(Input input, const Problem& problem) : Error(ErrorKind::input, input, problem) {}
    // The first of several errors in the data: "… (and 2 more errors)";
    // `first_for_forms`, when given, is the first as the Qt shells say it.
    InputError(const Problem& first, std::size_t more, const std::string& first_for_forms = {});
};

// An output could not be written; nothing was left behind.
class OutputError : public Error {
public:
    explicit OutputError(const std::string& message) : Error(ErrorKind::output, message) {}
    OutputError(const std::string& where, const Problem& problem) : Error(ErrorKind::output, where, problem) {}
};

class UsageError : public Error {
public:
    explicit UsageError(const std::string& message) : Error(ErrorKind::usage, message) {}
    UsageError(const std::string& where, const Problem& problem) : Error(ErrorKind::usage, where, problem) {}
    explicit UsageError(const Problem& message) : Error(ErrorKind::usage, message) {}
    UsageError(Input input, const Problem& problem) : Error(ErrorKind::usage, input, problem) {}
};

}  // namespace renozone
