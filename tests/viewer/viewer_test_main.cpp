// Test main for the viewer: a QApplication on Qt's offscreen platform. When
// CMake only lists the tests (gtest_discover_tests at build time) no Qt starts.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    if (::testing::GTEST_FLAG(list_tests)) return RUN_ALL_TESTS();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName("renozone-tests");  // keeps the tests' settings apart from a user's
    return RUN_ALL_TESTS();
}
