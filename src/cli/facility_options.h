// The options every facility command shares: which rules file, and whether
// to measure along the roads.
#pragma once

#include "core/planning/site_rules.h"

#include <CLI/CLI.hpp>

#include <string>

namespace renozone::cli {

struct FacilityOptions {
    std::string rules_file;
    bool euclidean = false;

    SiteRules load_rules() const;  // the file given, else the default rules
};

void add_facility_options(CLI::App& command, FacilityOptions& options);

}  // namespace renozone::cli
