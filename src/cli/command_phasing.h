#pragma once
#include "commands.h"
namespace renozone::cli {
void add_phasing_command(CLI::App& app, Terminal& terminal);
}
