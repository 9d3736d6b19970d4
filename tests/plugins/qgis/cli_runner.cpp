#include "cli_runner.h"

#include <gtest/gtest.h>

#include <QProcess>

#include <cstdlib>

namespace renozone::plugin::test {

std::string run_cli(const QStringList& arguments) {
    const char* cli = std::getenv("RENOZONE_CLI");
    if (!cli) {
        ADD_FAILURE() << "RENOZONE_CLI is not set (run the tests through ctest)";
        return {};
    }
    QProcess process;
    process.start(QString::fromUtf8(cli), QStringList{QStringLiteral("--quiet")} + arguments);
    process.waitForFinished(60000);
    EXPECT_EQ(process.exitCode(), 0) << "renozone " << arguments.join(' ').toStdString() << ": "
                                     << process.readAllStandardError().toStdString();
    return process.readAllStandardOutput().toStdString();
}

nlohmann::json run_cli_json(const QStringList& arguments) {
    const std::string out = run_cli(arguments);
    return out.empty() ? nlohmann::json() : nlohmann::json::parse(out);
}

}  // namespace renozone::plugin::test
