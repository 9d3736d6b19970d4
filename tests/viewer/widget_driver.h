// Mouse gestures sent to a widget the way the window system would deliver them.
#pragma once

#include <QPoint>

class QWidget;

namespace renozone::viewer::test {

// A move with the given buttons held (Qt::NoButton: hovering).
void move_mouse(QWidget* widget, QPoint to, Qt::MouseButtons held = Qt::NoButton);
// Press at `from`, move in a few steps, release at `to`.
void drag_mouse(QWidget* widget, QPoint from, QPoint to, Qt::MouseButton button = Qt::LeftButton,
                Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void turn_wheel(QWidget* widget, QPoint at, int notches);

}  // namespace renozone::viewer::test
