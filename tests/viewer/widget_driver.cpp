#include "widget_driver.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <QWheelEvent>
#include <QWidget>

namespace renozone::viewer::test {

void move_mouse(QWidget* widget, QPoint to, Qt::MouseButtons held) {
    QMouseEvent e(QEvent::MouseMove, QPointF(to), QPointF(widget->mapToGlobal(to)), Qt::NoButton, held, Qt::NoModifier);
    QApplication::sendEvent(widget, &e);
}

void drag_mouse(QWidget* widget, QPoint from, QPoint to, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) {
    QTest::mousePress(widget, button, modifiers, from);
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = from + (to - from) * step / 4;
        QMouseEvent e(QEvent::MouseMove, QPointF(at), QPointF(widget->mapToGlobal(at)), Qt::NoButton, button, modifiers);
        QApplication::sendEvent(widget, &e);
    }
    QTest::mouseRelease(widget, button, modifiers, to);
}

void turn_wheel(QWidget* widget, QPoint at, int notches) {
    QWheelEvent e(QPointF(at), QPointF(widget->mapToGlobal(at)), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                  Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &e);
}

}  // namespace renozone::viewer::test
