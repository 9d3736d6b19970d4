#pragma once
#include "commands.h"
namespace renozone::cli {
void add_tag_command(CLI::App& app, Terminal& terminal);
}
