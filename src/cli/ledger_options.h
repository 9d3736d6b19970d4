// The options `ledger add` and `ledger update` share, and their translation
// into a LedgerChange holding only what was given.
#pragma once

#include "core/planning/ledger.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace renozone::cli {

struct LedgerOptions {
    std::string project;
    std::string name, phase, funding, start, end, note, lead, body;
    long long unit = 0;
    int year = 0;
    double investment = 0, pipeline_cost = 0, progress = 0;
    std::vector<std::string> communities, content;
    std::vector<std::pair<std::string, CLI::Option*>> options;

    bool given(const std::string& name) const;
    LedgerChange change() const;  // throws UsageError for a bad --funding
};

void add_ledger_options(CLI::App& command, LedgerOptions& options);

}  // namespace renozone::cli
