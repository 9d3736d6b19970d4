#pragma once
#include "commands.h"
namespace renozone::cli {
void add_report_command(CLI::App& app, Terminal& terminal);
}
