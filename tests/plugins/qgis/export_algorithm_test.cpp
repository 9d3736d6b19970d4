// renozone:export writes the file `renozone report --format FORMAT` prints,
// byte for byte, in every format.
#include "algorithm_runner.h"
#include "cli_runner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

namespace renozone::plugin::test {
namespace {

TEST(ExportAlgorithm, WritesExactlyWhatTheCliPrints) {
    QTemporaryDir dir;
    const QStringList formats{"text", "csv", "json", "markdown"};
    for (int i = 0; i < formats.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("report.") + formats[i]);
        auto run = run_algorithm(QStringLiteral("export"), {{"FORMAT", i}, {"OUTPUT", path}});
        ASSERT_TRUE(run.ok) << run.error.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        EXPECT_EQ(file.readAll().toStdString(), run_cli({"report", "--format", formats[i]})) << formats[i].toStdString();
    }
}

}  // namespace
}  // namespace renozone::plugin::test
