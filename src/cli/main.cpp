// renozone: batch planning tool for renovating old residential communities.
#include "commands.h"
#include "core/base/errors.h"
#include "core/base/gdal_errors.h"
#include "error_line.h"
#include "exit_codes.h"
#include "usage_errors.h"

#include <CLI/CLI.hpp>

#include <clocale>
#include <iostream>

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "C");  // numbers are written with '.' whatever the user's locale
    using namespace renozone;
    init_gdal();
    cli::Terminal terminal;
    set_gdal_warning_sink([&terminal](const std::string& message) { terminal.warn(message); });

    CLI::App app{"renozone — plan the renovation of old residential communities (城镇老旧小区改造)"};
    app.footer(cli::exit_codes_help);
    app.require_subcommand(1);
    app.add_flag("-q,--quiet", terminal.quiet, "no progress or warnings on stderr");
    app.set_version_flag("--version", "renozone 0.1.0");
    for (const auto& command : cli::all_commands()) command.add(app, terminal);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        // Usage errors read like every other error: one "renozone: error:" line.
        std::cerr << "renozone: error: " << cli::usage_error_message(app, e) << "\n"
                  << "Run 'renozone --help' or 'renozone COMMAND --help' for the options.\n";
        return cli::exit_status(cli::ExitCode::usage);
    } catch (const cli::ProblemsFound&) {
        return cli::exit_status(cli::ExitCode::problems_found);
    } catch (const Error& e) {
        if (*e.what()) std::cerr << "renozone: error: " << cli::error_line(e) << "\n";
        return cli::exit_status(e);
    } catch (const std::exception& e) {
        std::cerr << "renozone: internal error: " << e.what() << "\n";
        return cli::exit_status(cli::ExitCode::internal);
    }
    return 0;
}
