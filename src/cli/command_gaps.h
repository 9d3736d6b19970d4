#pragma once
#include "commands.h"
namespace renozone::cli {
void add_gaps_command(CLI::App& app, Terminal& terminal);
}
