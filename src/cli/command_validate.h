#pragma once
#include "commands.h"
namespace renozone::cli {
void add_validate_command(CLI::App& app, Terminal& terminal);
}
