// The subcommands, registered in one explicit list (commands.cpp).
#pragma once

#include "terminal.h"

#include <CLI/CLI.hpp>

namespace renozone::cli {

struct Command {
    const char* name;
    void (*add)(CLI::App& app, Terminal& terminal);
};

const std::vector<Command>& all_commands();

}  // namespace renozone::cli
