#pragma once
#include "commands.h"
namespace renozone::cli {
void add_ledger_command(CLI::App& app, Terminal& terminal);
}
