// Usage errors a planner can act on: a mistyped command or option is named,
// with the nearest one ("unknown command 'reprot'; did you mean 'report'?"),
// where CLI11 would say "A subcommand is required" or list unexpected words.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace renozone::cli {

// The line to print after "renozone: error: " for a failed parse of `app`.
std::string usage_error_message(CLI::App& app, const CLI::ParseError& error);

}  // namespace renozone::cli
