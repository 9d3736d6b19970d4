#pragma once
#include "commands.h"
namespace renozone::cli {
void add_pushdown_command(CLI::App& app, Terminal& terminal);
}
