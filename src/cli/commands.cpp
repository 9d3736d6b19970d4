#include "commands.h"

#include "command_info.h"
#include "command_pushdown.h"
#include "command_report.h"
#include "command_tag.h"
#include "command_validate.h"

namespace renozone::cli {

const std::vector<Command>& all_commands() {
    static const std::vector<Command> commands = {
        {"tag", add_tag_command},
        {"report", add_report_command},
        {"info", add_info_command},
        {"validate", add_validate_command},
        {"pushdown", add_pushdown_command},
    };
    return commands;
}

}  // namespace renozone::cli
