#pragma once
#include "commands.h"
namespace renozone::cli {
void add_check_site_command(CLI::App& app, Terminal& terminal);
}
