#pragma once
#include "commands.h"
namespace renozone::cli {
void add_unit_command(CLI::App& app, Terminal& terminal);
}
