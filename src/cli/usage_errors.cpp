#include "usage_errors.h"

#include "core/base/name_match.h"

namespace renozone::cli {
namespace {

std::string quoted(const std::string& text) { return "'" + text + "'"; }

// "; did you mean 'X'?" for the nearest of the names (each shown after `prefix`), or "".
std::string nearest_of(const std::string& typed, const std::vector<std::string>& names, const std::string& prefix = "") {
    std::vector<std::vector<std::string>> entries;
    for (const auto& name : names) entries.push_back({name});
    std::vector<std::string> near;
    for (std::size_t index : nearest_names(typed, entries)) near.push_back(quoted(prefix + names[index]));
    Problem problem;
    add_did_you_mean(problem, near);
    return problem.en;
}

std::vector<CLI::App*> all_commands_of(CLI::App& app) {
    return app.get_subcommands([](CLI::App*) { return true; });
}

std::vector<std::string> option_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::Option* option : app.get_options()) {
        for (const auto& name : option->get_lnames()) names.push_back("--" + name);
        for (const auto& name : option->get_snames()) names.push_back("-" + name);
    }
    return names;
}

std::string unknown_option(const CLI::App& app, const std::string& path, const std::string& word) {
    const std::string option = word.substr(0, word.find('='));
    return "unknown option " + quoted(option) + (path.empty() ? "" : " for " + quoted(path)) +
           nearest_of(option, option_names(app));
}

std::string unknown_command(CLI::App& app, const std::string& path, const std::string& word) {
    std::vector<std::string> names;
    for (const CLI::App* command : all_commands_of(app)) names.push_back(command->get_name());
    const std::string prefix = path.empty() ? "" : path + " ";
    return "unknown command " + quoted(prefix + word) + nearest_of(word, names, prefix);
}

}  // namespace

std::string usage_error_message(CLI::App& app, const CLI::ParseError& error) {
    // CLI11 keeps the words no command or option took with the command they were given to.
    std::string path;
    for (CLI::App* command = &app;;) {
        const auto left = command->remaining();
        const auto parsed = command->get_subcommands();
        if (!left.empty()) {
            const std::string& word = left.front();
            if (word.size() > 1 && word[0] == '-') return unknown_option(*command, path, word);
            if (parsed.empty() && !all_commands_of(*command).empty()) return unknown_command(*command, path, word);
        }
        if (parsed.empty()) break;
        command = parsed.front();
        path += (path.empty() ? "" : " ") + command->get_name();
    }
    return error.what();
}

}  // namespace renozone::cli
