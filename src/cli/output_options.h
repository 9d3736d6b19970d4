// --format, -o/--output and --overwrite as the table-printing commands share them.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace renozone::cli {

struct OutputOptions {
    std::string format = "text";
    std::string output;
    bool overwrite = false;

    // Standard output, or the file written whole through a temporary.
    void emit(const std::string& text) const;
};

void add_output_options(CLI::App& command, OutputOptions& options);

}  // namespace renozone::cli
