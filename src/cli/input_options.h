// The input flags every subcommand shares, and their translation into the
// engine's InputSpec.
#pragma once

#include "core/base/parallelism.h"
#include "core/io/source.h"

#include <CLI/CLI.hpp>

#include <map>
#include <string>
#include <vector>

namespace renozone::cli {

struct InputOptions {
    std::string data;  // one source holding the canonical layers
    std::map<std::string, SourceSpec> sources;
    std::map<std::string, bool> gcj02;
    std::vector<std::string> fields;
    std::vector<std::string> defaults;  // --default buildings.floors=1
    std::string fields_file;
    std::string encoding;
    std::string crs;
    bool keep_going = false;
    Parallelism parallelism;

    // Every kind from --data, else from the embedded dataset when no source is named.
    InputSpec to_spec() const;
    bool uses_embedded_data() const;
};

void add_input_options(CLI::App& command, InputOptions& options);

}  // namespace renozone::cli
