#pragma once
#include "commands.h"
namespace renozone::cli {
void add_info_command(CLI::App& app, Terminal& terminal);
}
