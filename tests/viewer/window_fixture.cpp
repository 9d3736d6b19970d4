#include "window_fixture.h"

#include <QCoreApplication>
#include <QTest>

namespace renozone::viewer::test {

void WindowTest::SetUp() {
    window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    ASSERT_TRUE(window->open_source(QString()));
    ASSERT_TRUE(canvas()->wait_for_frame());
}

void WindowTest::settle() {
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
}

}  // namespace renozone::viewer::test
