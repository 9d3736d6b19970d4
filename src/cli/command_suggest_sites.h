#pragma once
#include "commands.h"
namespace renozone::cli {
void add_suggest_sites_command(CLI::App& app, Terminal& terminal);
}
