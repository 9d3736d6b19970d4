#include "output_options.h"

#include "core/base/atomic_file.h"

#include <iostream>

namespace renozone::cli {

void OutputOptions::emit(const std::string& text) const {
    if (output.empty()) std::cout << text;
    else write_text_file(output, text, overwrite);
}

void add_output_options(CLI::App& command, OutputOptions& o) {
    command.add_option("--format", o.format, "text, json or csv")->check(CLI::IsMember({"text", "json", "csv"}))->capture_default_str();
    command.add_option("-o,--output", o.output, "write to this file instead of standard output");
    command.add_flag("--overwrite", o.overwrite, "replace the output file if it exists");
}

}  // namespace renozone::cli
