#pragma once
#include "commands.h"
namespace renozone::cli {
void add_site_decision_command(CLI::App& app, Terminal& terminal);
}
