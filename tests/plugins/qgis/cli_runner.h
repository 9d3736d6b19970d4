// The renozone CLI as the reference: the plugin must show the figures the
// CLI prints for the same inputs. RENOZONE_CLI names the binary (set by ctest).
#pragma once

#include <nlohmann/json.hpp>

#include <QStringList>

#include <string>

namespace renozone::plugin::test {

// Standard output of `renozone --quiet ARGS`; the test fails when the CLI fails.
std::string run_cli(const QStringList& arguments);
nlohmann::json run_cli_json(const QStringList& arguments);

}  // namespace renozone::plugin::test
