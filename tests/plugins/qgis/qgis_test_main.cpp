// Test main for the plugin: a QgsApplication on the offscreen platform with a
// throw-away profile, so tests can make layers, canvases and widgets.
// gtest_discover_tests runs this binary at build time only to list the tests:
// then no QGIS is started at all.
#include <qgsapplication.h>

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <cstdlib>
#include <cstring>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--gtest_list_tests", 18) == 0) return RUN_ALL_TESTS();

    QTemporaryDir runtime, profile;
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    if (!std::getenv("XDG_RUNTIME_DIR")) setenv("XDG_RUNTIME_DIR", runtime.path().toUtf8().constData(), 1);  // QTemporaryDir is 0700
    QgsApplication app(argc, argv, true, profile.path());
    QgsApplication::initQgis();
    const int result = RUN_ALL_TESTS();
    QgsApplication::exitQgis();
    return result;
}
