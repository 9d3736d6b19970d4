#pragma once
#include "commands.h"
namespace renozone::cli {
void add_subsidy_command(CLI::App& app, Terminal& terminal);
}
