#include "facility_options.h"

namespace renozone::cli {

SiteRules FacilityOptions::load_rules() const {
    return rules_file.empty() ? load_default_site_rules() : load_site_rules(rules_file);
}

void add_facility_options(CLI::App& command, FacilityOptions& o) {
    const std::string group = "Rules";
    command.add_option("--rules", o.rules_file, "site rules file (default: data/rules/gb50180-2018.json)")->group(group);
    command.add_flag("--euclidean", o.euclidean, "straight-line distance even when a road layer is loaded")->group(group);
}

}  // namespace renozone::cli
