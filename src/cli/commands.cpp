#include "commands.h"

#include "command_check_site.h"
#include "command_gaps.h"
#include "command_info.h"
#include "command_ledger.h"
#include "command_phasing.h"
#include "command_pushdown.h"
#include "command_report.h"
#include "command_site_decision.h"
#include "command_subsidy.h"
#include "command_suggest_sites.h"
#include "command_tag.h"
#include "command_unit.h"
#include "command_validate.h"

namespace renozone::cli {

const std::vector<Command>& all_commands() {
    static const std::vector<Command> commands = {
        {"tag", add_tag_command},
        {"report", add_report_command},
        {"info", add_info_command},
        {"validate", add_validate_command},
        {"unit", add_unit_command},
        {"check-site", add_check_site_command},
        {"site-decision", add_site_decision_command},
        {"subsidy", add_subsidy_command},
        {"phasing", add_phasing_command},
        {"ledger", add_ledger_command},
        {"gaps", add_gaps_command},
        {"suggest-sites", add_suggest_sites_command},
        {"pushdown", add_pushdown_command},
    };
    return commands;
}

}  // namespace renozone::cli
